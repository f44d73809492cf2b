import { isOneEditApart } from '../../src/matching/features/index.js';
import type { RecallIndex } from '../../src/matching/index.js';
import { modelKey } from '../../src/normalize/index.js';
import type { Rng } from '../lib/prng.js';

/** Shortest key the model features look at for near misses and prefixes. */
const MIN_NEAR_KEY = 4;
const MIN_PREFIX_KEY = 5;
/** Replacement characters without look-alikes (0/O, 1/I/l), so a swap is a real change after normalisation. */
const DIGITS = '23456789';
const LETTERS = 'ABCDEFGHJKMNPRSTUVWXYZ';

/**
 * Every model key of an index, with its stems and its prefixes of 5+ characters: a model number that is any
 * of these would match a recalled model (exactly, as a base or as a prefix).
 * @example new RecalledModelKeys(index).matchesRecalled('a1263') // true when A1263 is recalled
 */
export class RecalledModelKeys {
  private readonly keys = new Set<string>();
  private readonly reachable = new Set<string>();

  constructor(index: RecallIndex) {
    for (const product of index.products) {
      for (const model of product.models) {
        this.keys.add(model.key);
        this.reachable.add(model.key);
        if (model.stem) this.reachable.add(model.stem);
        for (let length = MIN_PREFIX_KEY; length < model.key.length; length += 1) this.reachable.add(model.key.slice(0, length));
      }
    }
  }

  /** Whether the key is exactly a recalled model key. */
  isRecalled(key: string): boolean {
    return this.keys.has(key);
  }

  /** Whether a listing naming this key would match some recalled model exactly, as its base or its prefix. */
  matchesRecalled(key: string): boolean {
    return this.reachable.has(key);
  }
}

function swapOne(display: string, at: number, rng: Rng): string {
  const char = display[at] as string;
  const pool = /\d/.test(char) ? DIGITS : LETTERS;
  const choices = [...pool].filter((candidate) => candidate.toLowerCase() !== char.toLowerCase());
  const picked = rng.pick(choices);
  const replacement = char === char.toLowerCase() ? picked.toLowerCase() : picked;
  return display.slice(0, at) + replacement + display.slice(at + 1);
}

function alphanumericPositions(display: string, digitsOnly: boolean): number[] {
  const positions: number[] = [];
  for (let i = 0; i < display.length; i += 1) if ((digitsOnly ? /\d/ : /[A-Za-z0-9]/).test(display[i] as string)) positions.push(i);
  return positions;
}

/**
 * A model number one character from a recalled one (one letter or digit swapped, separators kept) that is not
 * itself recalled, nor the base or prefix of a recalled model; `undefined` when none is found in a few tries.
 * @example nearModel('HD14P-Z', recalledKeys, rng) // e.g. 'HD17P-Z'
 */
export function nearModel(display: string, recalled: RecalledModelKeys, rng: Rng): string | undefined {
  const key = modelKey(display);
  if (key.length < MIN_NEAR_KEY || !/\d/.test(key)) return undefined;
  const positions = alphanumericPositions(display, false);
  for (let attempt = 0; attempt < 12; attempt += 1) {
    const mutated = swapOne(display, rng.pick(positions), rng);
    const mutatedKey = modelKey(mutated);
    if (isOneEditApart(key, mutatedKey) && !recalled.matchesRecalled(mutatedKey)) return mutated;
  }
  return undefined;
}

/**
 * Another model number of the same shape (letters kept, at least two digits changed) that is neither recalled,
 * nor the base or prefix of a recalled model, nor one character from any of `siblings` (the recalled product's
 * own model numbers): what a brand's other, unrecalled models look like.
 * @example otherModel('NTRW19147', ['NTRW19147'], recalledKeys, rng) // e.g. 'NTRW26547'
 */
export function otherModel(display: string, siblings: readonly string[], recalled: RecalledModelKeys, rng: Rng): string | undefined {
  const digits = alphanumericPositions(display, true);
  if (digits.length < 2) return undefined;
  const siblingKeys = siblings.map(modelKey);
  for (let attempt = 0; attempt < 12; attempt += 1) {
    let mutated = display;
    for (const at of rng.sample(digits, Math.max(2, Math.ceil(digits.length / 2)))) mutated = swapOne(mutated, at, rng);
    const key = modelKey(mutated);
    if (key.length < MIN_NEAR_KEY || recalled.matchesRecalled(key)) continue;
    if (siblingKeys.some((sibling) => sibling === key || isOneEditApart(sibling, key))) continue;
    return mutated;
  }
  return undefined;
}
