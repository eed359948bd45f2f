import { test } from 'node:test';
import { assertUnknownsAreContextual, expectMarked } from './helpers';

const cases: Array<[string, string]> = [
  ['Vercel AI SDK providers', `import { openai } from '@ai-sdk/openai';\nimport { anthropic } from "@ai-sdk/anthropic";\nconst r = await generateText({ model: openai('⟦gpt-4o⟧'), prompt });\nconst s = streamText({ model: anthropic("⟦claude-3-5-haiku-latest⟧") });\nconst e = embed({ model: openai.embedding('⟦text-embedding-3-small⟧'), value });\nconst g = google('⟦gemini-2.0-flash⟧');\nconst o = openrouter.chat('⟦meta-llama/llama-3.1-8b-instruct:free⟧');`],
  ['OpenAI / Anthropic JS clients', `await openai.chat.completions.create({\n  model: "⟦gpt-4o-mini⟧",\n  messages,\n});\nawait client.messages.create({ model: 'claude-sonnet-4-0', max_tokens: 1000 })`.replace("'claude-sonnet-4-0'", "'⟦claude-sonnet-4-0⟧'")],
  ['transformers.js', `import { pipeline } from '@huggingface/transformers';\nconst extractor = await pipeline('feature-extraction', '⟦Xenova/all-MiniLM-L6-v2⟧');\nconst model = await AutoModel.from_pretrained("⟦onnx-community/Qwen2.5-0.5B-Instruct⟧");`],
  ['Bedrock modelId', `const cmd = new ConverseCommand({ modelId: "⟦eu.anthropic.claude-3-5-sonnet-20241022-v2:0⟧", messages });\nconst id = 'arn:aws:bedrock:us-west-2:123456789012:inference-profile/⟦us.meta.llama3-1-70b-instruct-v1:0⟧';`.replace("'arn:aws:bedrock:us-west-2:123456789012:inference-profile/⟦us.meta.llama3-1-70b-instruct-v1:0⟧'", "'⟦arn:aws:bedrock:us-west-2:123456789012:inference-profile/us.meta.llama3-1-70b-instruct-v1:0⟧'").replace('const id =', 'const modelArn =')],
  ['env fallbacks', `const model = process.env.CHAT_MODEL ?? "⟦acme/support-bot-v4⟧";\nconst embed = process.env.EMBEDDING_MODEL || '⟦nomic-embed-text⟧';\nconst port = process.env.PORT ?? "3000";`],
  ['ollama-js', `await ollama.pull({ model: '⟦llama3.2:1b⟧' });\nconst res = await ollama.chat({ model: "⟦mixtral:8x7b⟧", messages });`],
  ['ternaries in objects', `const cfg = { model: fast ? "⟦gpt-4o-mini⟧" : "⟦gpt-4o⟧", temperature: 0 };`],
  ['type-annotated and typed constants', `const DEFAULT_MODEL: string = "⟦acme/ts-model-1⟧";\nexport const MODELS = ["⟦gpt-4o⟧", "⟦acme/other-2b⟧"] as const;`],
  ['traps: imports, npm scopes, URLs, MIME, paths, action refs', `import OpenAI from "openai";\nimport { Ollama } from 'ollama';\nimport x from "@huggingface/inference";\nimport y from "./models/llama3";\nconst r = await fetch("https://api.openai.com/v1/chat/completions", { headers: { "Content-Type": "application/json" } });\nconst image = "ollama/ollama:0.5.7";\nconst dir = "src/models/gpt4";\nconst action = "actions/checkout@v4";\nconst date = "2024/01/15";\n// see github.com/vercel/ai for details\nconst provider = "openai";`],
  ['LangChain JS', `const llm = await initChatModel("⟦groq:acme-lc-model⟧", { temperature: 0 });\nconst chat = new ChatOpenAI({ model: "⟦gpt-4o-mini⟧" });`],
  ['Go and Java strings', `resp, err := client.CreateChatCompletion(ctx, openai.ChatCompletionRequest{Model: "⟦gpt-4o⟧"})\nString modelId = "⟦anthropic.claude-3-5-haiku-20241022-v1:0⟧";`],
];

for (const [name, marked] of cases) {
  test(`typescript: ${name}`, () => assertUnknownsAreContextual(expectMarked('typescript', marked)));
}
