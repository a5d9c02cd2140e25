import type { Announcer } from '../ui/announcer.ts';
import { askToConfirm } from '../ui/data/confirm-dialog.ts';
import { createPrivacyDialog } from '../ui/data/privacy-notice.ts';
import { yourDataSection } from '../ui/data/your-data.ts';
import { downloadJson } from '../ui/download.ts';
import { createPlayerBar } from '../ui/profiles/player-bar.ts';
import { createProfileScreen } from '../ui/profiles/profile-screen.ts';
import type { Screen } from '../ui/screen.ts';
import { deleteEverythingWords, exportFileName, importFromFile } from './data-words.ts';
import type { ProfileSession } from './profile-session.ts';

export interface ProfileFlowOptions {
  session: ProfileSession;
  announcer: Announcer;
  show: (screen: Screen) => void;
  /** A profile was picked or made: load its settings and show its menu. */
  onProfileOpened: () => Promise<void>;
  /** Nobody is playing now: settings go back to the device's defaults. */
  onSignedOut: () => Promise<void>;
  /** This profile's records changed under the open screen (import, delete): show them again. */
  onDataChanged: () => Promise<void>;
  now?: () => Date;
}

/**
 * The profile screens and "Your data", joined to the session. The app hands it the screen host;
 * every record it lists comes from the session's store, which holds one profile's records only.
 */
export class ProfileFlow {
  readonly playerBar = createPlayerBar(() => void this.showProfiles());
  private readonly privacy = createPrivacyDialog();
  private readonly now: () => Date;

  constructor(private readonly options: ProfileFlowOptions) {
    this.now = options.now ?? (() => new Date());
  }

  openPrivacy(): void {
    this.privacy.open();
  }

  async showProfiles(): Promise<void> {
    const { session } = this.options;
    const profiles = await session.listProfiles();
    this.options.show(
      createProfileScreen({
        profiles,
        currentId: session.profile?.id ?? null,
        onPick: (profileId) => void this.pick(profileId),
        onCreate: (name, options) => void this.create(name, options),
        onRename: (profileId, name) => void this.rename(profileId, name),
        onSignOut: () => void this.signOut(),
        onPrivacy: () => this.openPrivacy(),
      }),
    );
  }

  private async pick(profileId: string): Promise<void> {
    if (this.options.session.profile?.id !== profileId) {
      await this.options.session.choose(profileId);
    }
    await this.opened();
  }

  private async create(name: string, options: { sharedComputer: boolean }): Promise<void> {
    await this.options.session.create(name, options);
    await this.opened();
  }

  private async opened(): Promise<void> {
    const profile = this.options.session.profile;
    this.playerBar.show(profile);
    await this.options.onProfileOpened();
    if (profile) this.options.announcer.polite(`Playing as ${profile.name}.`);
  }

  private async rename(profileId: string, name: string): Promise<void> {
    await this.options.session.rename(profileId, name);
    this.playerBar.show(this.options.session.profile);
    await this.showProfiles();
    this.options.announcer.polite(`Renamed to ${name}.`);
  }

  /** A shared-computer profile is removed on sign-out: say so first if a play is unfinished. */
  async signOut(): Promise<void> {
    const { session } = this.options;
    const profile = session.profile;
    if (!profile) return;
    const warning = await session.signOutWarning();
    if (warning !== null) {
      const sure = await askToConfirm({
        title: 'Sign out and remove everything?',
        lines: [
          warning,
          `Everything else ${profile.name} kept in this browser goes too: results, reflections, the review schedule, added packs, own scenarios and settings.`,
        ],
        confirm: 'Sign out and remove it',
        cancel: 'Stay signed in',
      });
      if (!sure) return;
    }
    await session.signOut();
    this.playerBar.show(null);
    await this.options.onSignedOut();
    await this.showProfiles();
    this.options.announcer.polite(
      profile.sharedComputer
        ? `Signed out. Nothing of ${profile.name} is left in this browser.`
        : `Signed out of ${profile.name}.`,
    );
  }

  /** "Your data" for the settings dialog; none while nobody is playing. */
  yourData(): HTMLElement | null {
    const store = this.options.session.store;
    if (!store) return null;
    const name = store.profile.name;
    return yourDataSection({
      profileName: name,
      onExport: () =>
        void store.exportAll().then((value) => {
          downloadJson(exportFileName(name, this.now()), value);
          this.options.announcer.polite('Export saved as a file.');
        }),
      onImport: async (file) => {
        const result = await importFromFile(file, (text) => store.importAll(text));
        if (result.ok) await this.options.onDataChanged();
        return result;
      },
      onDelete: async () => {
        const [plays, inProgress] = await Promise.all([store.listResults(), store.listProgress()]);
        const sure = await askToConfirm({
          title: `Delete everything of ${name}?`,
          lines: deleteEverythingWords(name, {
            plays: plays.length,
            inProgress: inProgress.length,
          }),
          confirm: 'Delete everything',
          cancel: 'Keep it',
        });
        if (!sure) return null;
        await store.deleteEverything();
        await this.options.onDataChanged();
        return `Everything of ${name} was deleted from this browser.`;
      },
      onPrivacy: () => this.openPrivacy(),
    });
  }
}
