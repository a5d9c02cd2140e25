import * as Phaser from 'phaser';
import { CALL_TIMER_NAME, customerPlacement, drawBackdrop } from '../backdrops/index.ts';
import { CustomerView } from '../customer/customer-view.ts';
import type { EventBus, GameEventMap } from '../events.ts';

type Shown = GameEventMap['encounter-shown'];

const callTime = (ms: number): string => {
  const seconds = Math.floor(ms / 1000);
  return `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
};

/**
 * Draws the encounter: the setting's backdrop and the customer, whose body language follows the
 * mood. It only draws what the DOM side tells it through the bus; no game rule lives here.
 */
export class EncounterScene extends Phaser.Scene {
  private backdrop: Phaser.GameObjects.Container | null = null;
  private customer: CustomerView | null = null;
  private callTimer: Phaser.GameObjects.Text | null = null;
  private callStartedAt = 0;
  private shown: Shown | null = null;
  private reducedMotion = false;
  private readonly unsubscribe: (() => void)[] = [];

  constructor(private readonly bus: EventBus) {
    super('encounter');
  }

  create(): void {
    this.unsubscribe.push(
      this.bus.on('encounter-shown', (payload) => this.show(payload)),
      this.bus.on('customer-changed', ({ expression, mood }) => {
        this.customer?.setExpression(expression).setMood(mood);
      }),
      this.bus.on('speaker-changed', (speaker) => this.showFigure(speaker)),
      this.bus.on('reduced-motion-changed', ({ on }) => {
        this.reducedMotion = on;
        this.customer?.setReducedMotion(on);
      }),
      this.bus.on('encounter-hidden', () => this.clear()),
    );
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      for (const off of this.unsubscribe.splice(0)) off();
    });
    const shown = this.bus.last('encounter-shown');
    if (shown) this.show(shown);
    this.bus.emit('stage-ready', { scene: 'encounter' });
  }

  override update(): void {
    // The running time of a phone call, as a call-centre screen shows it.
    if (this.callTimer) this.callTimer.setText(callTime(this.time.now - this.callStartedAt));
  }

  private clear(): void {
    this.customer?.destroy();
    this.customer = null;
    this.backdrop?.destroy();
    this.backdrop = null;
    this.callTimer = null;
  }

  private show(payload: Shown): void {
    this.clear();
    this.shown = payload;
    this.reducedMotion = payload.reducedMotion;
    this.backdrop = drawBackdrop(this, payload.setting);
    this.showFigure(payload);
    const timer = this.backdrop.getByName(CALL_TIMER_NAME);
    this.callTimer = timer instanceof Phaser.GameObjects.Text ? timer : null;
    this.callStartedAt = this.time.now;
  }

  /** The person in the picture: the customer, or a colleague who steps in for a word. */
  private showFigure(figure: Pick<Shown, 'appearance' | 'expression' | 'mood'>): void {
    if (!this.shown) return;
    this.customer?.destroy();
    const placement = customerPlacement(this.shown.setting, this.scale);
    const drawn = new CustomerView(this, {
      ...placement,
      appearance: figure.appearance,
      expression: figure.expression,
      mood: figure.mood,
      reducedMotion: this.reducedMotion,
    });
    this.customer = drawn;
    void drawn.ready.then(() => {
      if (this.customer === drawn) this.bus.emit('stage-drawn', { scene: 'encounter' });
    });
  }
}
