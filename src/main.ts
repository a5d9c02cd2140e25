import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import './style.css';

async function boot(): Promise<void> {
  // Phaser draws text into the canvas once: the font must be ready first or it falls back.
  await document.fonts.load('700 64px "Atkinson Hyperlegible"');
  const Phaser = await import('phaser');
  const { TitleScene } = await import('./game/scenes/title-scene.ts');
  const parent = document.getElementById('stage');
  if (!parent) return;
  const game = new Phaser.Game({
    type: Phaser.WEBGL,
    parent,
    width: 960,
    height: 540,
    backgroundColor: '#1b4d5c',
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_HORIZONTALLY },
    scene: [TitleScene],
    banner: false,
  });
  (window as unknown as { __resolveGame?: unknown }).__resolveGame = game;
  document.getElementById('loading')?.remove();
}

void boot();
