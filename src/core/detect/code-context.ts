/**
 * What a string literal in code is, from the frame it sits in: a keyword or object value named for a model,
 * a default of a named setting, a positional argument of a model call, an item of a model list.
 */
import { isOptionDeclaration, isSettingGetter } from './calls';
import { type Frame, namedSetting, strongestKey } from './code-frame';
import type { Strength } from './ids';
import { keyStrength, nestedKeyStrength } from './keys';
import type { SyntaxKind } from './reference';

export interface LiteralContext {
  syntax: SyntaxKind;
  strength: Strength;
  /** Decide when the call closes (a `repo_type="dataset"` may still follow). */
  defer?: boolean;
}

export function contextOf(frame: Frame, content: string, config: boolean, section: string | undefined): LiteralContext | undefined {
  const keyed: SyntaxKind = config ? 'config-value' : 'keyword-argument';
  const key = strongestKey(frame.keys) ?? (frame.open === 'root' && frame.keys.length > 0 ? nestedKeyStrength(section, frame.keys[frame.keys.length - 1]!) : undefined);
  if (key) return { syntax: keyed, strength: key, defer: frame.rule?.repoTyped === true };
  if (frame.keys.length > 0) {
    const last = frame.keys[frame.keys.length - 1]!;
    if ((last === 'default' || last === 'const') && isOptionDeclaration(frame.callee) && frame.firstLiteral) {
      const flagStrength = keyStrength(frame.firstLiteral.replace(/^-+/, ''));
      if (flagStrength && frame.firstLiteral.startsWith('-')) return { syntax: keyed, strength: flagStrength };
    }
  }
  if (frame.fallbackKey) {
    const strength = keyStrength(frame.fallbackKey);
    if (strength) return { syntax: keyed, strength };
  }
  if (frame.open === '(' && isSettingGetter(frame.callee) && frame.argIndex === 1 && frame.firstLiteral !== content) {
    const strength = (frame.firstLiteral && keyStrength(frame.firstLiteral)) || frame.collectionStrength;
    if (strength) return { syntax: keyed, strength };
  }
  if (frame.open === '(' && frame.rule && frame.keys.length === 0) {
    if (frame.rule.index === frame.argIndex) return { syntax: 'call-argument', strength: frame.rule.strength, defer: frame.rule.repoTyped === true };
    if (frame.rule.alsoIndex === frame.argIndex) return { syntax: 'call-argument', strength: 'medium' };
  }
  const setting = frame.open === '(' && frame.keys.length === 0 && frame.firstLiteral !== content ? namedSetting(frame) : undefined;
  if (setting) return { syntax: keyed, strength: setting };
  if ((frame.open === '[' || frame.open === '{') && !frame.subscript && frame.collectionStrength && frame.keys.length === 0) {
    return { syntax: keyed, strength: frame.collectionStrength };
  }
  return undefined;
}
