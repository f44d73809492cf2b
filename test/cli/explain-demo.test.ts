import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli-harness.js';

describe('recallguard explain', () => {
  it('shows every feature that fired with the values on each side', async () => {
    const run = await runCli(['explain', '--recalls', 'data/demo/recalls.json', '--listing', JSON.stringify({ id: 'x1', title: '安克 充电宝 AI263 10000毫安' })]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('decision: block');
    expect(run.stdout).toContain('cpsc:25338');
    expect(run.stdout).toMatch(/model_exact\s+listing "AI263" = recalled model "A1263"/);
    expect(run.stdout).toMatch(/brand_match/);
  });

  it('says so when nothing matches', async () => {
    const run = await runCli(['explain', '--recalls', 'data/demo/recalls.json', '--listing', '{"id":"x2","title":"Wooden spoon"}']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('decision: clear');
    expect(run.stdout).toContain('no recall scored at or above review');
  });

  it('rejects a listing that is not JSON or lacks a title', async () => {
    const notJson = await runCli(['explain', '--recalls', 'data/demo/recalls.json', '--listing', '{oops']);
    expect(notJson.code).toBe(3);
    expect(notJson.stderr).toContain('RG_ERR_BAD_INPUT');
    const noTitle = await runCli(['explain', '--recalls', 'data/demo/recalls.json', '--listing', '{"id":"x"}']);
    expect(noTitle.code).toBe(3);
    expect(noTitle.stderr).toMatch(/field "title"/);
  });
});

describe('recallguard demo', () => {
  it('screens the bundled data, reports catches per evasion kind and explains a few, in under 10 s', async () => {
    const started = Date.now();
    const run = await runCli(['demo']);
    expect(run.code).toBe(0);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(run.stdout).toMatch(/30 real recalls/);
    expect(run.stdout).toMatch(/recalled products re-listed \(\d+\): \d+ caught/);
    expect(run.stdout).toMatch(/innocent listings \(\d+\): 0 wrongly blocked/);
    expect(run.stdout).toMatch(/A few matches, explained/);
    const caught = /recalled products re-listed \((\d+)\): (\d+) caught/.exec(run.stdout);
    expect(Number(caught?.[2]) / Number(caught?.[1])).toBeGreaterThan(0.9);
  });
});
