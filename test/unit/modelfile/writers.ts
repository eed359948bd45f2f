/** Tiny GGUF and safetensors writers, so tests build their fixtures instead of committing binaries. */

export type GgufValue =
  | { type: 'string'; value: string }
  | { type: 'u32'; value: number }
  | { type: 'u64'; value: bigint }
  | { type: 'f32'; value: number }
  | { type: 'bool'; value: boolean }
  | { type: 'string[]'; value: string[] }
  | { type: 'i32[]'; value: number[] }
  /** An array of `count` empty int32 arrays. */
  | { type: 'nested'; count: number };

class Bytes {
  private parts: Uint8Array[] = [];
  u8(value: number): this {
    this.parts.push(Uint8Array.of(value));
    return this;
  }
  u32(value: number): this {
    const bytes = new Uint8Array(4);
    new DataView(bytes.buffer).setUint32(0, value, true);
    this.parts.push(bytes);
    return this;
  }
  u64(value: bigint | number): this {
    const bytes = new Uint8Array(8);
    new DataView(bytes.buffer).setBigUint64(0, BigInt(value), true);
    this.parts.push(bytes);
    return this;
  }
  f32(value: number): this {
    const bytes = new Uint8Array(4);
    new DataView(bytes.buffer).setFloat32(0, value, true);
    this.parts.push(bytes);
    return this;
  }
  raw(bytes: Uint8Array): this {
    this.parts.push(bytes);
    return this;
  }
  string(value: string, version = 3): this {
    const bytes = new TextEncoder().encode(value);
    (version === 1 ? this.u32(bytes.length) : this.u64(bytes.length)).raw(bytes);
    return this;
  }
  build(): Uint8Array {
    const total = this.parts.reduce((sum, part) => sum + part.length, 0);
    const out = new Uint8Array(total);
    let offset = 0;
    for (const part of this.parts) {
      out.set(part, offset);
      offset += part.length;
    }
    return out;
  }
}

export interface GgufOptions {
  version?: number;
  tensorCount?: number;
  /** Overrides the stated key/value count (to lie about it). */
  statedCount?: bigint;
}

export function writeGguf(entries: Array<[string, GgufValue]>, options: GgufOptions = {}): Uint8Array {
  const version = options.version ?? 3;
  const out = new Bytes().raw(new TextEncoder().encode('GGUF')).u32(version);
  const count = (value: number | bigint) => (version === 1 ? out.u32(Number(value)) : out.u64(value));
  count(options.tensorCount ?? 0);
  count(options.statedCount ?? BigInt(entries.length));
  for (const [key, value] of entries) {
    out.string(key, version);
    switch (value.type) {
      case 'string':
        out.u32(8).string(value.value, version);
        break;
      case 'u32':
        out.u32(4).u32(value.value);
        break;
      case 'u64':
        out.u32(10).u64(value.value);
        break;
      case 'f32':
        out.u32(6).f32(value.value);
        break;
      case 'bool':
        out.u32(7).u8(value.value ? 1 : 0);
        break;
      case 'string[]':
        out.u32(9).u32(8);
        count(value.value.length);
        for (const item of value.value) out.string(item, version);
        break;
      case 'nested':
        out.u32(9).u32(9);
        count(value.count);
        for (let i = 0; i < value.count; i++) {
          out.u32(5); // element type int32
          count(0); // no elements
        }
        break;
      case 'i32[]':
        out.u32(9).u32(5);
        count(value.value.length);
        for (const item of value.value) out.u32(item >>> 0);
        break;
    }
  }
  return out.build();
}

export const str = (value: string): GgufValue => ({ type: 'string', value });
export const u32 = (value: number): GgufValue => ({ type: 'u32', value });

/** A GGUF header as llama.cpp's converter writes it for a Llama 3.1 8B Instruct quantisation. */
export function llamaGguf(extra: Array<[string, GgufValue]> = []): Uint8Array {
  return writeGguf(
    [
      ['general.architecture', str('llama')],
      ['general.type', str('model')],
      ['general.name', str('Meta Llama 3.1 8B Instruct')],
      ['general.finetune', str('Instruct')],
      ['general.basename', str('Meta-Llama-3.1')],
      ['general.size_label', str('8B')],
      ['general.license', str('llama3.1')],
      ['general.base_model.count', u32(1)],
      ['general.base_model.0.name', str('Meta Llama 3.1 8B')],
      ['general.base_model.0.organization', str('Meta Llama')],
      ['general.base_model.0.repo_url', str('https://huggingface.co/meta-llama/Meta-Llama-3.1-8B')],
      ['llama.block_count', u32(32)],
      ['llama.rope.freqs', { type: 'i32[]', value: [1, 2, 3, 4] }],
      ...extra,
      ['tokenizer.ggml.model', str('gpt2')],
      ['tokenizer.ggml.tokens', { type: 'string[]', value: ['<s>', '</s>', 'hello'] }],
      ['general.quantization_version', u32(2)],
    ],
    { tensorCount: 292 },
  );
}

export function writeSafetensors(header: unknown, options: { statedLength?: bigint; data?: number } = {}): Uint8Array {
  const json = new TextEncoder().encode(JSON.stringify(header));
  return new Bytes()
    .u64(options.statedLength ?? BigInt(json.length))
    .raw(json)
    .raw(new Uint8Array(options.data ?? 16))
    .build();
}
