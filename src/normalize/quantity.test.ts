import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { isQuantityToken } from './quantity.js';

describe('isQuantityToken', () => {
  it.each(['20000mah', '65w', '5v24a', '3pack', '1080p', '4k', '1920x1080', '3in1', '2024new', 'usb3', 'ip68', 'iso9001'])(
    '%s is a quantity, size or rating',
    (token) => expect(isQuantityToken(token)).toBe(true),
  );

  it.each(['8361', '2024', '12', '0', 'bs30kp365', 'a1263', '51629a', '10aw1g'])('%s is not', (token) => {
    expect(isQuantityToken(token)).toBe(false);
  });
});

describe('isQuantityToken, remembered', () => {
  test.prop([fc.stringMatching(/^[0-9]{1,5}[a-z]{0,4}[0-9]{0,2}$/)])('gives the same answer when asked again', (token) => {
    const first = isQuantityToken(token);
    expect(isQuantityToken(token)).toBe(first);
    expect(isQuantityToken(`${token}`)).toBe(first);
  });
});
