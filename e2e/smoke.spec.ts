import { expect, test } from './fixtures';

test('the map renders the story with labels in both scripts', async ({ app }) => {
  await app.open();
  await app.screenshot('overview');
  expect(await app.distinctCanvasColours()).toBeGreaterThan(20);
});
