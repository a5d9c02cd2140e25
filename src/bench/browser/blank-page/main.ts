// The bench's peer: Phaser 4 drawing an empty scene with the game's own settings and nothing else,
// so the game's figures can be read against what Phaser alone costs on the same machine.
import * as Phaser from 'phaser';

const game = new Phaser.Game({
  type: Phaser.WEBGL,
  parent: 'stage',
  width: 960,
  height: 540,
  backgroundColor: '#1b4d5c',
  scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH, expandParent: false },
  scene: [new Phaser.Scene('blank')],
  banner: false,
  audio: { noAudio: true },
});
// The bench counts this game's frames as it counts the game's (window.__resolveGame).
(window as unknown as { __benchGame?: unknown }).__benchGame = game;
