import * as Phaser from 'phaser';
import type { EventBus, GameEventMap } from '../events.ts';
import { drawPlaceholderBackdrop, PlaceholderCustomer } from '../art/placeholder-stage.ts';

type Shown = GameEventMap['encounter-shown'];

/**
 * Draws the encounter: the setting's backdrop and the customer, whose body language follows the
 * mood. It only draws what the DOM side tells it through the bus; no game rule lives here.
 */
export class EncounterScene extends Phaser.Scene {
  private backdrop: Phaser.GameObjects.Container | null = null;
  private customer: PlaceholderCustomer | null = null;
  private readonly unsubscribe: (() => void)[] = [];

  constructor(private readonly bus: EventBus) {
    super('encounter');
  }

  create(): void {
    this.unsubscribe.push(
      this.bus.on('encounter-shown', (payload) => this.show(payload)),
      this.bus.on('customer-changed', ({ expression, mood }) => {
        this.customer?.setExpression(expression);
        this.customer?.setMood(mood);
      }),
      this.bus.on('reduced-motion-changed', ({ on }) => this.customer?.setReducedMotion(on)),
      this.bus.on('encounter-hidden', () => this.clear()),
    );
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      for (const off of this.unsubscribe.splice(0)) off();
    });
    const shown = this.bus.last('encounter-shown');
    if (shown) this.show(shown);
    this.bus.emit('stage-ready', { scene: 'encounter' });
  }

  private clear(): void {
    this.customer?.destroy();
    this.customer = null;
    this.backdrop?.destroy();
    this.backdrop = null;
  }

  private show(payload: Shown): void {
    this.clear();
    const { width, height } = this.scale;
    this.backdrop = drawPlaceholderBackdrop(this, payload.setting);
    this.customer = new PlaceholderCustomer(this, {
      x: width * 0.5,
      y: height * 0.56,
      appearance: payload.appearance,
      expression: payload.expression,
      reducedMotion: payload.reducedMotion,
      channel: payload.setting.channel,
    });
    this.customer.setMood(payload.mood);
  }
}
