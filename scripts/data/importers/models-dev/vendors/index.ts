/** Every vendor whose API-only models the dataset lists, one file per vendor. */
import type { ApiVendor } from '../vendor';
import { alibaba } from './alibaba';
import { amazon } from './amazon';
import { anthropic } from './anthropic';
import { cohere } from './cohere';
import { deepseek } from './deepseek';
import { google } from './google';
import { mistral } from './mistral';
import { moonshot } from './moonshot';
import { openai } from './openai';
import { voyage } from './voyage';
import { xai } from './xai';

export const API_VENDORS: readonly ApiVendor[] = [openai, anthropic, google, mistral, cohere, xai, deepseek, amazon, alibaba, voyage, moonshot];
