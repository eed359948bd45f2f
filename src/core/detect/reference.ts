import type { DetectionMemo } from './memo';
import type { Prefilter } from './prefilter';

/** What the detectors return: a span of a document that names (or may name) a model. */

/** How the id was written; tells the resolver how much context vouches for it. */
export type SyntaxKind =
  | 'call-argument' // from_pretrained("x"), SentenceTransformer("x"), pipeline(model="x"), openai("x")...
  | 'keyword-argument' // model="x", model_id="x", repo_id="x", modelId: "x"
  | 'config-value' // YAML/JSON/TOML/.env/compose key whose name says "model"
  | 'cli-argument' // ollama run x, vllm serve x, --model-id x, -hf x, huggingface-cli download x
  | 'modelfile-from' // Ollama Modelfile FROM x
  | 'docker-model' // Docker Model Runner ai/x
  | 'url' // https://huggingface.co/org/name
  | 'file-name' // a .gguf file name
  | 'string-literal' // a quoted string that is exactly a known id, no other context
  | 'comment' // a known id in a comment
  | 'prose'; // a known id in Markdown text or a code fence

export interface DetectedReference {
  /** Offsets into the document text: [start, end). */
  start: number;
  end: number;
  /** The id exactly as written. */
  text: string;
  syntax: SyntaxKind;
  /**
   * True when the syntax itself says this is a model (a model= argument, `ollama run`, a `model:` key...).
   * Unknown ids are reported only when this is true; known ids may be reported without it.
   */
  contextual: boolean;
  /**
   * The id the text stands for where it is written, when that is not the text itself: a library's own model
   * name (`whisper.load_model("large-v3")` -> `openai/whisper-large-v3`). Resolved instead of `text`.
   */
  idInContext?: string;
}

/** Answers whether a raw id names a model the dataset knows. Injected so detection stays dataset-agnostic. */
export type KnownIdPredicate = (raw: string) => boolean;

export interface DetectOptions {
  /** VS Code language id or one inferred from the file name (python, typescript, yaml, dotenv, markdown...). */
  languageId?: string;
  /** File name or path, used for Modelfile, compose, .env, notebooks and the like. */
  fileName?: string;
  isKnown: KnownIdPredicate;
  /**
   * Built once per dataset from the same models `isKnown` answers for (`prefilterFor(models)`): regions without a
   * context cue or an anchor of a known id are skipped. Without it every character is read.
   */
  prefilter?: Prefilter;
  /** Read every character even with a prefilter: the reference the fast path is tested against. */
  exhaustive?: boolean;
  /**
   * Code windows walked on earlier runs over the same document (with a prefilter): re-analysis after an edit walks
   * only the windows that changed. One memo per document and dataset (memo.ts has the key).
   */
  memo?: DetectionMemo;
}
