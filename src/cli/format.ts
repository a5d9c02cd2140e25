/**
 * Text formatted by the repository's Prettier settings, when Prettier is installed, so a file the
 * CLI writes matches `npm run format`; the text as given where Prettier is absent or fails.
 */
export async function formatLikeTheRepository(text: string, path: string): Promise<string> {
  try {
    const prettier = await import('prettier');
    const config = (await prettier.resolveConfig(path)) ?? {};
    return await prettier.format(text, { ...config, filepath: path });
  } catch {
    return text;
  }
}
