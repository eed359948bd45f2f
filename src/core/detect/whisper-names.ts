/**
 * Whisper libraries take a size name, not a repo id: `whisper.load_model("large-v3")`, `WhisperModel("turbo")`.
 * Each maps the name to the weights it downloads; the reference keeps the text as written and resolves as that id.
 * A name with a `/` is a repo id or a path already, and anything else is left to the usual resolution.
 * Read from the libraries' model tables: github.com/openai/whisper (whisper/__init__.py `_MODELS`) and
 * github.com/SYSTRAN/faster-whisper (faster_whisper/utils.py `_MODELS`), 2026-11-23.
 */

/** openai-whisper (`whisper.load_model`, stable-ts `load_model`): the checkpoints its current release downloads. */
const OPENAI_WHISPER: Record<string, string> = {
  'tiny.en': 'openai/whisper-tiny.en',
  tiny: 'openai/whisper-tiny',
  'base.en': 'openai/whisper-base.en',
  base: 'openai/whisper-base',
  'small.en': 'openai/whisper-small.en',
  small: 'openai/whisper-small',
  'medium.en': 'openai/whisper-medium.en',
  medium: 'openai/whisper-medium',
  'large-v1': 'openai/whisper-large',
  'large-v2': 'openai/whisper-large-v2',
  'large-v3': 'openai/whisper-large-v3',
  // `large` has meant large-v3 since the November 2023 release (large-v2 before); the license is the same
  large: 'openai/whisper-large-v3',
  'large-v3-turbo': 'openai/whisper-large-v3-turbo',
  turbo: 'openai/whisper-large-v3-turbo',
};

/** faster-whisper (`WhisperModel`, WhisperX `load_model`): its size names and the CTranslate2 repos they download. */
const FASTER_WHISPER: Record<string, string> = {
  'tiny.en': 'Systran/faster-whisper-tiny.en',
  tiny: 'Systran/faster-whisper-tiny',
  'base.en': 'Systran/faster-whisper-base.en',
  base: 'Systran/faster-whisper-base',
  'small.en': 'Systran/faster-whisper-small.en',
  small: 'Systran/faster-whisper-small',
  'medium.en': 'Systran/faster-whisper-medium.en',
  medium: 'Systran/faster-whisper-medium',
  'large-v1': 'Systran/faster-whisper-large-v1',
  'large-v2': 'Systran/faster-whisper-large-v2',
  'large-v3': 'Systran/faster-whisper-large-v3',
  large: 'Systran/faster-whisper-large-v3',
  'distil-large-v2': 'Systran/faster-distil-whisper-large-v2',
  'distil-medium.en': 'Systran/faster-distil-whisper-medium.en',
  'distil-small.en': 'Systran/faster-distil-whisper-small.en',
  'distil-large-v3': 'Systran/faster-distil-whisper-large-v3',
  'distil-large-v3.5': 'distil-whisper/distil-large-v3.5-ct2',
  'large-v3-turbo': 'mobiuslabsgmbh/faster-whisper-large-v3-turbo',
  turbo: 'mobiuslabsgmbh/faster-whisper-large-v3-turbo',
};

/** Maps a literal written in a call to the id it stands for there, or undefined to resolve it as written. */
export type IdInContext = (written: string) => string | undefined;

const own = (table: Record<string, string>): IdInContext => (written) =>
  Object.prototype.hasOwnProperty.call(table, written) ? table[written] : undefined;

export const openaiWhisperId: IdInContext = own(OPENAI_WHISPER);
export const fasterWhisperId: IdInContext = own(FASTER_WHISPER);
