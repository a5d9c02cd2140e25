/**
 * Whether this browser can give Phaser a WebGL context. Checked before Phaser loads: without
 * WebGL (locked-down school PCs, some virtual machines) the game runs in the DOM alone.
 */
export function hasWebGl(): boolean {
  try {
    const canvas = document.createElement('canvas');
    const context =
      canvas.getContext('webgl2') ??
      canvas.getContext('webgl') ??
      canvas.getContext('experimental-webgl');
    if (!context) return false;
    // Give the probe's context back at once: browsers cap how many can live.
    (context as WebGLRenderingContext).getExtension('WEBGL_lose_context')?.loseContext();
    return true;
  } catch {
    return false;
  }
}
