import { openai } from '@ai-sdk/openai';
import { google } from '@ai-sdk/google';
import { generateText } from 'ai';

/** The web client's drafting assistant. */
export async function draftReply(prompt: string): Promise<string> {
  const { text } = await generateText({ model: openai('gpt-4o-mini'), prompt });
  return text;
}

export async function translate(prompt: string): Promise<string> {
  const { text } = await generateText({ model: google('gemini-1.5-pro'), prompt });
  return text;
}
