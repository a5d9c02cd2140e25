import * as Phaser from 'phaser';
import {
  BACKDROP_FRONT_DEPTH,
  CALL_TIMER_NAME,
  CALLER_LABEL_NAME,
  customerPlacement,
  drawBackdrop,
  fitStage,
} from '../backdrops/index.ts';
import { CustomerView } from '../customer/customer-view.ts';
import type { EventBus, GameEventMap } from '../events.ts';
import type { Voice } from '../play/voice.ts';

type Shown = GameEventMap['encounter-shown'];

const FONT = '"Atkinson Hyperlegible", system-ui, sans-serif';
/** The widest the name under the picture may be, in design pixels (the narrowest card's width). */
const CALLER_LABEL_WIDTH = 260;

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
  private callerLabel: Phaser.GameObjects.Text | null = null;
  private voiceTag: Phaser.GameObjects.Container | null = null;
  private callSeconds = 0;
  private callClock: Phaser.Time.TimerEvent | null = null;
  private shown: Shown | null = null;
  private reducedMotion = false;
  private readonly unsubscribe: (() => void)[] = [];

  /**
   * @param changed called whenever the picture changes, so that the next frame is drawn: the game
   *   draws only when something on screen changes (stage/frame-gate.ts).
   */
  constructor(
    private readonly bus: EventBus,
    private readonly changed: () => void = () => undefined,
  ) {
    super('encounter');
  }

  create(): void {
    this.unsubscribe.push(
      this.bus.on('encounter-shown', (payload) => this.show(payload)),
      this.bus.on('customer-changed', ({ expression, mood }) => {
        this.customer?.setExpression(expression).setMood(mood);
      }),
      this.bus.on('speaker-changed', (speaker) => this.showFigure(speaker)),
      this.bus.on('voice-changed', (voice) => this.showVoice(voice)),
      this.bus.on('presence-changed', ({ present }) => {
        if (present === 'nobody') this.showNobody();
      }),
      this.bus.on('reduced-motion-changed', ({ on }) => {
        this.reducedMotion = on;
        this.customer?.setReducedMotion(on);
      }),
      this.bus.on('encounter-hidden', () => {
        this.clear();
        // Nothing to draw while the menu or the debrief covers the stage: stop the frame loop.
        this.game.loop.sleep();
      }),
    );
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      for (const off of this.unsubscribe.splice(0)) off();
    });
    const shown = this.bus.last('encounter-shown');
    if (shown) {
      this.show(shown);
      const voice = this.bus.last('voice-changed');
      if (voice) this.showVoice(voice);
    }
    this.bus.emit('stage-ready', { scene: 'encounter' });
    if (!shown) this.game.loop.sleep();
  }

  /** The running time of a phone call, as a call-centre screen shows it: it changes once a second. */
  private tickCallClock(): void {
    this.callTimer?.setText(callTime(this.callSeconds * 1000));
    this.changed();
  }

  private clear(): void {
    this.customer?.destroy();
    this.customer = null;
    this.voiceTag?.destroy();
    this.voiceTag = null;
    this.backdrop?.destroy();
    this.backdrop = null;
    this.callClock?.remove(false);
    this.callClock = null;
    this.callTimer = null;
    this.callerLabel = null;
    this.changed();
  }

  private show(payload: Shown): void {
    this.clear();
    this.game.loop.wake();
    this.shown = payload;
    this.reducedMotion = payload.reducedMotion;
    this.backdrop = drawBackdrop(this, {
      ...payload.setting,
      organisation: payload.organisation,
    });
    this.showFigure(payload);
    const timer = this.backdrop.getByName(CALL_TIMER_NAME);
    this.callTimer = timer instanceof Phaser.GameObjects.Text ? timer : null;
    const label = this.backdrop.getByName(CALLER_LABEL_NAME);
    this.callerLabel = label instanceof Phaser.GameObjects.Text ? label : null;
    // Counted in whole seconds by the scene's clock, which stood still while the loop slept.
    this.callSeconds = 0;
    if (this.callTimer) {
      this.tickCallClock();
      this.callClock = this.time.addEvent({
        delay: 1000,
        loop: true,
        callback: () => {
          this.callSeconds += 1;
          this.tickCallClock();
        },
      });
    }
    this.showVoice(payload.voice);
  }

  /** The customer has gone: the desk or counter stands empty, and a call's clock stops. */
  private showNobody(): void {
    this.customer?.destroy();
    this.customer = null;
    this.voiceTag?.destroy();
    this.voiceTag = null;
    this.callClock?.remove(false);
    this.callClock = null;
    this.callerLabel?.setScale(1).setText('Call ended');
    this.changed();
    this.bus.emit('stage-drawn', { scene: 'encounter' });
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
      changed: this.changed,
    });
    this.customer = drawn;
    void drawn.ready.then(() => {
      if (this.customer === drawn) this.bus.emit('stage-drawn', { scene: 'encounter' });
    });
  }

  /**
   * Who is talking, named in the picture: on a call, the caller ID under the picture; elsewhere a
   * name tag, shown only when it is not the customer (a son on the line, a colleague).
   */
  private showVoice(voice: Voice): void {
    if (!this.shown) return;
    this.voiceTag?.destroy();
    this.voiceTag = null;
    this.changed();
    const label = this.callerLabel;
    if (label) {
      // Name and role if they fit, else the name, shrunk as a last resort: never cut off.
      label.setScale(1).setText(voice.role ? `${voice.name}, ${voice.role}` : voice.name);
      if (label.width > CALLER_LABEL_WIDTH) label.setText(voice.name);
      if (label.width > CALLER_LABEL_WIDTH) label.setScale(CALLER_LABEL_WIDTH / label.width);
      return;
    }
    if (voice.isCustomer) return;
    const fit = fitStage(this.scale);
    const text = this.add
      .text(0, 0, voice.role ? `${voice.name}, ${voice.role}` : voice.name, {
        fontFamily: FONT,
        fontSize: '22px',
        fontStyle: 'bold',
        color: '#ffffff',
        align: 'center',
        wordWrap: { width: 620 },
      })
      .setOrigin(0.5, 0.5);
    const box = this.add
      .rectangle(0, 0, text.width + 36, text.height + 16, 0x1b2b33, 0.9)
      .setOrigin(0.5, 0.5);
    this.voiceTag = this.add
      .container(fit.offsetX + 480 * fit.scale, fit.offsetY + 500 * fit.scale, [box, text])
      .setScale(fit.scale)
      .setDepth(BACKDROP_FRONT_DEPTH + 1);
  }
}
