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

describe('isQuantityToken, one pattern of each kind', () => {
  it.each(['10x20cm', '1920x1080', '1080i', '10k', '2in1', '2024edition', 'new2025', 'pd20w', 'cat6a', 'ipx7', 'en71', 'ul217'])(
    '%s is a quantity, size or rating',
    (token) => expect(isQuantityToken(token)).toBe(true),
  );

  it.each(['1008p', '1000k', '51629a', 'ip79', 'iso1', 'usb123', 'new1999x', '2024', 'a12'])('%s is not', (token) => {
    expect(isQuantityToken(token)).toBe(false);
  });
});
