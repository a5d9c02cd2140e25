import * as Phaser from 'phaser';

export const TITLE_FONT = '"Atkinson Hyperlegible"';

/** The first scene: proves the WebGL pipeline draws our bundled font. */
export class TitleScene extends Phaser.Scene {
  constructor() {
    super('title');
  }

  create(): void {
    const { width, height } = this.scale;
    this.cameras.main.setBackgroundColor('#1b4d5c');
    const panel = this.add.graphics();
    panel.fillStyle(0xf4f1ea, 1);
    panel.fillRoundedRect(width / 2 - 260, height / 2 - 90, 520, 180, 24);
    this.add
      .text(width / 2, height / 2 - 20, 'Resolve', {
        fontFamily: TITLE_FONT,
        fontSize: '64px',
        fontStyle: 'bold',
        color: '#1b4d5c',
      })
      .setOrigin(0.5);
    this.add
      .text(width / 2, height / 2 + 40, 'Complaint-handling practice', {
        fontFamily: TITLE_FONT,
        fontSize: '24px',
        color: '#333333',
      })
      .setOrigin(0.5);
  }
}
