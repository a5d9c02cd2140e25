import type Cmi5 from '@xapi/cmi5';
import type { LmsConnection, LmsReport } from '../../lms/lms-report.ts';
import type { PackageFile } from '../../lms/package-file.ts';
import { launchDataOf, launchParametersOf, type Cmi5LaunchData } from '../../lms/cmi5/launch.ts';
import {
  moveOnMet,
  recordSent,
  RESUME_STATE_ID,
  SENT_STATE_ID,
  sentOf,
  stepsFor,
  terminatedStatement,
  type AuContext,
  type Cmi5Sent,
  type Cmi5Step,
} from '../../lms/cmi5/statements.ts';

/*
 * The game in a cmi5 package: reads the launch URL, lets @xapi/cmi5 fetch its token and the LMS's
 * launch data and send "initialized", then turns each report into the statements it has earned
 * (src/lms/cmi5/statements.ts). Everything goes through one queue so the LRS gets the statements
 * in the order they were earned and "terminated" last. The library is imported here only, on
 * demand, so it is a chunk of its own that web, SCORM and offline builds never load.
 * Never throws: a refused or failed call is logged and the game plays on.
 */

const log = (what: string, error?: unknown): void => {
  console.warn(`cmi5: ${what}`, ...(error === undefined ? [] : [error]));
};

/** One request at a time, in order; a failure is logged and the next still runs. */
class Queue {
  private tail: Promise<void> = Promise.resolve();
  private waiting = 0;

  get busy(): boolean {
    return this.waiting > 0;
  }

  run(what: string, task: () => Promise<unknown>): void {
    this.waiting += 1;
    this.tail = this.tail
      .then(task)
      .then(
        () => undefined,
        (error: unknown) => log(`${what} failed`, error),
      )
      .finally(() => {
        this.waiting -= 1;
      });
  }

  /** Settles when everything queued so far has been tried. */
  drained(): Promise<void> {
    return this.tail;
  }
}

interface Cmi5Session {
  cmi5: Cmi5;
  au: AuContext;
  launch: Pick<Cmi5LaunchData, 'launchMode' | 'masteryScore' | 'moveOn' | 'returnURL'>;
  sent: Cmi5Sent;
  resumeData: string | undefined;
}

export class Cmi5Connection implements LmsConnection {
  readonly kind = 'cmi5';
  readonly resumeData: string | undefined;
  private readonly queue = new Queue();
  /** What the LRS has taken, saved after each batch so the next session does not repeat it. */
  private confirmed: Cmi5Sent;
  /** What is taken or on its way, so a report arriving mid-send plans nothing twice. */
  private planned: Cmi5Sent;
  private pendingResume: string | undefined;
  private finished = false;
  private readonly onPageHide = (): void => this.leave();

  constructor(private readonly session: Cmi5Session) {
    this.resumeData = session.resumeData;
    this.confirmed = session.sent;
    this.planned = session.sent;
    window.addEventListener('pagehide', this.onPageHide);
  }

  /** What the LMS said about this launch: its moveOn rule and where to send the learner back. */
  get launch(): Cmi5Session['launch'] {
    return this.session.launch;
  }

  /** What has reached the LRS in this registration. */
  get sent(): Cmi5Sent {
    return this.confirmed;
  }

  /** Whether what has reached the LRS meets the LMS's moveOn rule for this activity. */
  get moveOnMet(): boolean {
    return moveOnMet(this.session.launch.moveOn, this.confirmed);
  }

  /**
   * Where the LMS asked to be taken back to (LaunchData returnURL), when it is a web address: an
   * LMS's javascript: or data: address is never followed.
   */
  get returnUrl(): string | undefined {
    const url = this.session.launch.returnURL;
    if (url === undefined) return undefined;
    try {
      return /^https?:$/.test(new URL(url).protocol) ? url : undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * The learner is done: end the session (terminated, after everything queued) and go back to
   * the course, as cmi5 asks of an AU given a returnURL (cmi5 10.0).
   */
  async exitToCourse(): Promise<void> {
    const url = this.returnUrl;
    this.finish();
    await this.drained();
    if (url !== undefined) window.location.assign(url);
  }

  report(report: LmsReport): void {
    if (this.finished) return;
    let steps: Cmi5Step[];
    try {
      steps = stepsFor(report, this.session.au, this.session.launch, this.planned);
    } catch (error) {
      log('could not work out the statements for a report', error);
      return;
    }
    if (!steps.length) return;
    this.planned = steps.reduce(recordSent, this.planned);
    for (const step of steps) {
      this.queue.run(`sending ${step.verb}`, async () => {
        try {
          await this.send(step);
          this.confirmed = recordSent(this.confirmed, step);
        } catch (error) {
          // Not sent, so not planned either: the next report tries it again.
          this.planned = this.withoutStep(this.planned, step);
          throw error;
        }
      });
    }
    this.queue.run('saving what was sent', () => this.setState(SENT_STATE_ID, this.confirmed));
  }

  suspend(data: string): void {
    if (this.finished) return;
    // Only the newest resume data matters: one write queued at a time carries the latest.
    const queued = this.pendingResume !== undefined;
    this.pendingResume = data;
    if (!queued) this.queue.run('saving resume data', () => this.flushResume());
  }

  /** Everything is sent as it comes; nothing waits for a commit. */
  commit(): void {}

  finish(): void {
    if (this.finished) return;
    this.finished = true;
    window.removeEventListener('pagehide', this.onPageHide);
    this.queue.run('sending terminated', () => this.sendTerminated());
  }

  /** Settles when every statement queued so far has been tried (for tests and the exit button). */
  drained(): Promise<void> {
    return this.queue.drained();
  }

  /**
   * The page is going away: terminate now if the queue is idle, through a request the browser
   * finishes after the page has gone. If statements are still on their way they will most likely
   * be cut off with the page; "terminated" is sent anyway, as the LMS would otherwise record the
   * session as abandoned.
   */
  private leave(): void {
    if (this.finished) return;
    this.finished = true;
    window.removeEventListener('pagehide', this.onPageHide);
    const resume = this.pendingResume;
    this.pendingResume = undefined;
    if (resume !== undefined) {
      this.keepalive('PUT', this.stateResource(RESUME_STATE_ID), { resume }).catch(
        (error: unknown) => log('saving resume data failed', error),
      );
    }
    this.keepalive('PUT', this.stateResource(SENT_STATE_ID), this.confirmed).catch(
      (error: unknown) => log('saving what was sent failed', error),
    );
    this.sendTerminated().catch((error: unknown) => log('sending terminated failed', error));
  }

  private async send(step: Cmi5Step): Promise<void> {
    const { cmi5 } = this.session;
    switch (step.verb) {
      case 'answered':
        try {
          await cmi5.sendXapiStatement(step.statement);
        } catch (error) {
          // 409: the LRS already holds this choice under its fixed id, sent by an earlier
          // session whose record of it was lost with the page. It is there: count it sent.
          if ((error as { response?: { status?: number } }).response?.status !== 409) throw error;
        }
        return;
      case 'passed':
        await cmi5.pass(step.score);
        return;
      case 'failed':
        await cmi5.fail(step.score);
        return;
      case 'completed':
        await cmi5.complete();
        return;
    }
  }

  private withoutStep(sent: Cmi5Sent, step: Cmi5Step): Cmi5Sent {
    switch (step.verb) {
      case 'answered':
        return { ...sent, answered: sent.answered.filter((id) => id !== step.statement.id) };
      case 'passed':
        return { ...sent, passed: false };
      case 'failed':
        return { ...sent, failedScaled: this.confirmed.failedScaled };
      case 'completed':
        return { ...sent, completed: false };
    }
  }

  private async flushResume(): Promise<void> {
    const data = this.pendingResume;
    this.pendingResume = undefined;
    if (data !== undefined) await this.setState(RESUME_STATE_ID, { resume: data });
  }

  private async setState(stateId: string, state: object): Promise<void> {
    const { cmi5, au } = this.session;
    await cmi5.xapi!.setState({
      agent: au.actor,
      activityId: au.activityId,
      registration: au.registration,
      stateId,
      state,
    });
  }

  /**
   * Built here (src/lms/cmi5/statements.ts) rather than by the library, and sent with fetch's
   * keepalive, so it still leaves when the page is closing.
   */
  private async sendTerminated(): Promise<void> {
    const { cmi5, au } = this.session;
    const statement = terminatedStatement(au, {
      id: crypto.randomUUID(),
      initializedAt: cmi5.getInitializedDate(),
      now: new Date(),
    });
    await this.keepalive('POST', 'statements', statement);
  }

  private stateResource(stateId: string): string {
    const { au } = this.session;
    const query = new URLSearchParams({
      activityId: au.activityId,
      agent: JSON.stringify(au.actor),
      registration: au.registration,
      stateId,
    });
    return `activities/state?${query}`;
  }

  /** A request the browser finishes even when the page has gone (the library's do not). */
  private async keepalive(method: 'POST' | 'PUT', resource: string, body: unknown): Promise<void> {
    const { cmi5 } = this.session;
    const endpoint = cmi5.getLaunchParameters().endpoint.replace(/\/?$/, '/');
    const response = await fetch(`${endpoint}${resource}`, {
      method,
      keepalive: true,
      headers: {
        Authorization: `Basic ${cmi5.getAuthToken()}`,
        'X-Experience-API-Version': '1.0.3',
        'Content-Type': 'application/json',
      },
      body: JSON.stringify(body),
    });
    // Read to the end, so a page about to leave (exitToCourse) never cuts the answer off.
    await response.text();
    if (!response.ok)
      throw new Error(`the LRS answered ${response.status} to ${method} ${resource}`);
  }
}

/** The ids of this registration's state documents (asked first so a missing one is no 404). */
async function stateIdsOf(cmi5: Cmi5, au: AuContext): Promise<string[]> {
  try {
    const response = await cmi5.xapi!.getStates({
      agent: au.actor,
      activityId: au.activityId,
      registration: au.registration,
    });
    return Array.isArray(response.data) ? response.data : [];
  } catch (error) {
    log('could not list the state documents', error);
    return [];
  }
}

/** A state document of this registration, or undefined when it is unreadable. */
async function stateOf(cmi5: Cmi5, au: AuContext, stateId: string): Promise<unknown> {
  try {
    const response = await cmi5.xapi!.getState({
      agent: au.actor,
      activityId: au.activityId,
      registration: au.registration,
      stateId,
    });
    return response.data;
  } catch (error) {
    log(`could not read the state document ${stateId}`, error);
    return undefined;
  }
}

const resumeOf = (document: unknown): string | undefined => {
  const resume = (document as { resume?: unknown } | undefined)?.resume;
  return typeof resume === 'string' && resume.length <= 64_000 ? resume : undefined;
};

/**
 * Connects to the LMS that launched this cmi5 package, or returns undefined (and the game plays
 * without one) when the page was not launched by an LMS or the LMS could not be reached.
 */
export async function connectCmi5(pkg: PackageFile): Promise<LmsConnection | undefined> {
  const parameters = launchParametersOf(window.location.search);
  if (parameters === undefined) {
    log(`the ${pkg.pack.title} package was opened without a cmi5 launch: nothing will be recorded`);
    return undefined;
  }
  if (!parameters.ok) {
    log(parameters.message);
    return undefined;
  }
  try {
    const { default: Cmi5Class } = await import('@xapi/cmi5');
    const cmi5 = new Cmi5Class(parameters.value);
    // Fetches the token, reads LMS.LaunchData and the learner's preferences, sends "initialized".
    await cmi5.initialize();
    const checked = launchDataOf(cmi5.getLaunchData());
    if (!checked.ok) log(`${checked.message} Nothing will be marked passed or completed.`);
    const launch: Cmi5Session['launch'] = checked.ok
      ? checked.value
      : { launchMode: 'Browse', moveOn: 'NotApplicable' };
    const au: AuContext = {
      actor: parameters.value.actor,
      registration: parameters.value.registration,
      activityId: parameters.value.activityId,
      contextTemplate: checked.ok ? checked.value.contextTemplate : {},
      checkIds: pkg.pack.knowledgeChecks ?? [],
    };
    const kept = await stateIdsOf(cmi5, au);
    const [sent, resume] = await Promise.all(
      [SENT_STATE_ID, RESUME_STATE_ID].map((id) =>
        kept.includes(id) ? stateOf(cmi5, au, id) : Promise.resolve(undefined),
      ),
    );
    return new Cmi5Connection({
      cmi5,
      au,
      launch,
      sent: sentOf(sent),
      // cmi5 10.0: Review shows past work; it does not carry on from where the learner stopped.
      resumeData: launch.launchMode === 'Review' ? undefined : resumeOf(resume),
    });
  } catch (error) {
    log('could not start the cmi5 session; the game plays without recording', error);
    return undefined;
  }
}
