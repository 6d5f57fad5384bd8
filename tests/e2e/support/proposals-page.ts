import { expect, type Locator, type Page } from '@playwright/test';
import { DeskPage } from './desk-page';

/*
 * The Proposals tab as a user reaches it: by role and accessible name only. The names below are the
 * contract with renderer/proposals/ (strings in renderer/i18n/en/proposals.json); change both together.
 *
 * Tab link "Proposals and decisions" (nav "Workspace sections") → h2 "Proposals and decisions":
 *   table "Proposals (times in <zone>)": rowheader = proposal title (a link), cells: rule, status, closes
 *   form "New proposal": Title, Text proposed, About a document (select; "No document (a standalone proposal)"),
 *     Opens, Closes (one text field each, 'YYYY-MM-DD HH:mm' read in the viewer's time zone), group "How it is decided":
 *     Decision rule (select), Threshold in percent (supermajority only), Quorum (select: "No quorum",
 *     "A number of members", "A share of members"), Quorum as a number of members, Quorum as a share
 *     of members, in percent, checkbox "Observers take part", Grace period for late arrivals, in hours;
 *     button "Create proposal"
 *   region "Decisions log": search "Filter decisions" (Status, Decided from, Decided until),
 *     status "N of M decisions shown.", table "Decisions (times in <zone>)" (rowheader = proposal link)
 * One proposal (#/w/<id>/p/<proposalId>): link "Back to proposals", h2 "Proposal: <title>" (focused on open),
 *   region "Integrity warnings" (only when there is something to warn about: "N entries could not be
 *     verified and are not counted.", "Someone removed a position by … restored …")
 *   region "Tally": status line "<n> support, … ; <n> not responded." plus quorum and verdict,
 *     table "Current positions" (rowheaders: Support, Support with reservations, Stand aside, Object,
 *     Not responded; columns: Count, Members), table "Positions by stakeholder group",
 *     list "Shown but not counted" (only when some position is not counted, with the reason)
 *   region "Your position": form "Your position": radio group "Position" (Support, Support with
 *     reservations, Stand aside, Object), Reason, button "Record my position", status
 *     "Your position was signed and recorded."
 *   region "Changes of position": one <details> per member, summary "<name>: <n> positions"
 *   region "Objections": article "Objection by <name>" ("Earlier objection by <name>" once they changed
 *     position), text "State: Raised|Addressed|Accommodated|Overruled", form "Change the objection by
 *     <name>": Reason for the change, buttons "Mark as addressed", "Mark as accommodated", "Overrule",
 *     "Raise again" — only those this member may use are present.
 *   region "Decisions": list of recorded decisions ("Status: Final" / "Status: provisional until …" /
 *     "Status: Contested"), form "Object to this decision" during a confirmation period,
 *     form "Record a decision" (officers only): Outcome, Consensus level, Summary, Reasoning, checkbox
 *     "Provisional: members may object during a confirmation period", Confirmation period in days,
 *     button "Record decision", status "The decision was signed and recorded."
 * Inline errors are the field's accessible description (and aria-invalid), e.g.
 *   await expect(proposals.positionForm().getByLabel('Reason')).toHaveAccessibleDescription(/Please give a reason/)
 */

export type Stance = 'Support' | 'Support with reservations' | 'Stand aside' | 'Object';
export type Rule = 'Consensus' | 'Rough consensus' | 'Majority' | 'Supermajority';
export type Outcome = 'Adopted' | 'Adopted with objections noted' | 'Not adopted' | 'No consensus' | 'Deferred';
export type Level = 'No level' | 'Full consensus' | 'Consensus' | 'Strong support but significant opposition' | 'Divergence';
export type ObjectionAction = 'Mark as addressed' | 'Mark as accommodated' | 'Overrule' | 'Raise again';
export type DecisionStatus = 'All statuses' | 'Provisional' | 'Final' | 'Contested' | 'Superseded';

export interface NewProposal {
  title: string;
  text: string;
  /** 'YYYY-MM-DD HH:mm' (or with a T) on the creator's clock; left as prefilled (a week ahead) when omitted. */
  closes?: string;
  /** Same format; empty opens now. */
  opens?: string;
  rule?: Rule;
  thresholdPercent?: number;
  quorum?: { count: number } | { percent: number };
  includeObservers?: boolean;
  graceHours?: number;
  /** Title of a document the proposal is about; standalone when omitted. */
  document?: string;
}

export interface DecisionInput {
  outcome: Outcome;
  /** Left at the suggestion from the tally when omitted. */
  level?: Level;
  summary: string;
  reasoning?: string;
  /** Makes it provisional with this confirmation period. */
  confirmationDays?: number;
}

export class ProposalsPage {
  readonly desk: DeskPage;

  constructor(readonly page: Page) {
    this.desk = new DeskPage(page);
  }

  async openTab(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Workspace sections' }).getByRole('link', { name: 'Proposals and decisions' }).click();
    await expect(this.page.getByRole('heading', { level: 2, name: 'Proposals and decisions', exact: true })).toBeVisible();
  }

  // ---- list and creation ----

  proposalsTable(): Locator {
    return this.page.getByRole('table', { name: /^Proposals \(times in / });
  }

  /** The list row of a proposal: rowheader title, then rule, status ("Open", "Adopted (Final)", …) and closing time. */
  proposalRow(title: string): Locator {
    return this.proposalsTable().getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: title, exact: true }) });
  }

  async openProposal(title: string): Promise<void> {
    await this.proposalsTable().getByRole('link', { name: title, exact: true }).click();
    await expect(this.proposalHeading(title)).toBeFocused();
  }

  newProposalForm(): Locator {
    return this.page.getByRole('form', { name: 'New proposal' });
  }

  /** Fills the form and submits it; does not wait, so a test can look at inline errors afterwards. */
  async submitProposal(proposal: NewProposal): Promise<void> {
    const form = this.newProposalForm();
    await form.getByLabel('Title').fill(proposal.title);
    await form.getByLabel('Text proposed').fill(proposal.text);
    if (proposal.document) await form.getByLabel('About a document').selectOption({ label: proposal.document });
    if (proposal.opens !== undefined) await form.getByLabel('Opens').fill(proposal.opens);
    if (proposal.closes !== undefined) await form.getByLabel('Closes').fill(proposal.closes);
    if (proposal.rule) await form.getByLabel('Decision rule').selectOption({ label: proposal.rule });
    if (proposal.thresholdPercent !== undefined) await form.getByLabel('Threshold in percent').fill(String(proposal.thresholdPercent));
    if (proposal.quorum && 'count' in proposal.quorum) {
      await form.getByLabel('Quorum', { exact: true }).selectOption({ label: 'A number of members' });
      await form.getByLabel('Quorum as a number of members').fill(String(proposal.quorum.count));
    } else if (proposal.quorum) {
      await form.getByLabel('Quorum', { exact: true }).selectOption({ label: 'A share of members' });
      await form.getByLabel('Quorum as a share of members, in percent').fill(String(proposal.quorum.percent));
    }
    if (proposal.includeObservers !== undefined) await form.getByLabel('Observers take part').setChecked(proposal.includeObservers);
    if (proposal.graceHours !== undefined) await form.getByLabel('Grace period for late arrivals, in hours').fill(String(proposal.graceHours));
    await form.getByRole('button', { name: 'Create proposal' }).click();
  }

  /** Creates a proposal and waits on its page. */
  async createProposal(proposal: NewProposal): Promise<void> {
    await this.submitProposal(proposal);
    await expect(this.proposalHeading(proposal.title)).toBeVisible();
  }

  // ---- one proposal ----

  proposalHeading(title: string): Locator {
    return this.page.getByRole('heading', { level: 2, name: `Proposal: ${title}`, exact: true });
  }

  async backToList(): Promise<void> {
    await this.page.getByRole('link', { name: 'Back to proposals' }).click();
    await expect(this.page.getByRole('heading', { level: 2, name: 'Proposals and decisions', exact: true })).toBeVisible();
  }

  integrityWarnings(): Locator {
    return this.page.getByRole('region', { name: 'Integrity warnings' });
  }

  tallyRegion(): Locator {
    return this.page.getByRole('region', { name: 'Tally', exact: true });
  }

  /** The live summary line, e.g. "1 support, 0 support with reservations, 0 stand aside, 1 object; 2 not responded. …" */
  tallySummary(): Locator {
    return this.tallyRegion().getByRole('status');
  }

  tallyTable(): Locator {
    return this.tallyRegion().getByRole('table', { name: 'Current positions' });
  }

  private tallyRow(stance: Stance | 'Not responded'): Locator {
    return this.tallyTable().getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: stance, exact: true }) });
  }

  /** The count in the tally for one stance (or "Not responded"). */
  async tallyCount(stance: Stance | 'Not responded'): Promise<number> {
    return Number(await this.tallyRow(stance).getByRole('cell').nth(0).innerText());
  }

  /** Names listed for one stance (or "Not responded"), comma-separated. */
  tallyMembers(stance: Stance | 'Not responded'): Locator {
    return this.tallyRow(stance).getByRole('cell').nth(1);
  }

  /** A row of the per-stakeholder-group table, by group name ("Civil society", …). */
  groupRow(group: string): Locator {
    return this.tallyRegion()
      .getByRole('table', { name: 'Positions by stakeholder group' })
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: group, exact: true }) });
  }

  /** Positions shown but not counted, each with its reason ("Not counted: taken after closing."). */
  uncounted(): Locator {
    return this.tallyRegion().getByRole('list', { name: 'Shown but not counted' }).getByRole('listitem');
  }

  positionForm(): Locator {
    return this.page.getByRole('form', { name: 'Your position' });
  }

  /** Chooses a stance, writes the reason and submits; does not wait, so a refused position can be checked. */
  async submitPosition(stance: Stance, reason = ''): Promise<void> {
    const form = this.positionForm();
    await form.getByRole('group', { name: 'Position' }).getByRole('radio', { name: stance, exact: true }).check();
    await form.getByLabel('Reason').fill(reason);
    await form.getByRole('button', { name: 'Record my position' }).click();
  }

  /** Takes a position and waits until it is signed, recorded and counted in the tally. */
  async takePosition(stance: Stance, reason = ''): Promise<void> {
    await this.submitPosition(stance, reason);
    await expect(this.positionForm().getByRole('status')).toHaveText('Your position was signed and recorded.');
    await expect(this.positionForm()).toContainText(`Your current position: ${stance}.`);
  }

  /** The collapsible history of one member's positions; summary "<name>: <n> positions". */
  positionHistory(name: string): Locator {
    return this.page
      .getByRole('region', { name: 'Changes of position' })
      .getByRole('group')
      .filter({ hasText: new RegExp(`^${escapeRegExp(name)}: \\d+ positions?`) });
  }

  /** An objection, by objector name; `earlier` for one the objector has since replaced by another position. */
  objection(objector: string, earlier = false): Locator {
    return this.page.getByRole('article', { name: `${earlier ? 'Earlier objection' : 'Objection'} by ${objector}`, exact: true });
  }

  /** Asserts the objection's state: "Raised", "Addressed", "Accommodated" or "Overruled". */
  async expectObjectionState(objector: string, state: 'Raised' | 'Addressed' | 'Accommodated' | 'Overruled'): Promise<void> {
    await expect(this.objection(objector)).toContainText(`State: ${state}`);
  }

  objectionForm(objector: string): Locator {
    return this.objection(objector).getByRole('form', { name: `Change the objection by ${objector}` });
  }

  /** Clicks one of the allowed transitions with a reason; does not wait (the state change or an inline error follows). */
  async changeObjection(objector: string, action: ObjectionAction, reason: string): Promise<void> {
    const form = this.objectionForm(objector);
    await form.getByLabel('Reason for the change').fill(reason);
    await form.getByRole('button', { name: action, exact: true }).click();
  }

  decisionsRegion(): Locator {
    return this.page.getByRole('region', { name: 'Decisions', exact: true });
  }

  /** Recorded decisions on this proposal, oldest first; each says "Status: Final", "Status: provisional until …", … */
  recordedDecisions(): Locator {
    return this.decisionsRegion().getByRole('listitem');
  }

  decisionForm(): Locator {
    return this.page.getByRole('form', { name: 'Record a decision' });
  }

  /** Fills and submits the decision form; does not wait, so prepareDecision's inline refusals can be checked. */
  async attemptDecision(decision: DecisionInput): Promise<void> {
    const form = this.decisionForm();
    await form.getByLabel('Outcome').selectOption({ label: decision.outcome });
    if (decision.level) await form.getByLabel('Consensus level').selectOption({ label: decision.level });
    await form.getByLabel('Summary').fill(decision.summary);
    await form.getByLabel('Reasoning').fill(decision.reasoning ?? '');
    await form.getByLabel('Provisional: members may object during a confirmation period').setChecked(decision.confirmationDays !== undefined);
    if (decision.confirmationDays !== undefined) await form.getByLabel('Confirmation period in days').fill(String(decision.confirmationDays));
    await form.getByRole('button', { name: 'Record decision' }).click();
  }

  async recordDecision(decision: DecisionInput): Promise<void> {
    await this.attemptDecision(decision);
    await expect(this.decisionForm().getByRole('status')).toHaveText('The decision was signed and recorded.');
  }

  // ---- decisions log (on the list screen) ----

  decisionsLog(): Locator {
    return this.page.getByRole('region', { name: 'Decisions log' });
  }

  decisionsLogRows(): Locator {
    return this.decisionsLog().getByRole('table', { name: /^Decisions \(times in / }).getByRole('row').filter({ has: this.page.getByRole('rowheader') });
  }

  /** Dates are 'YYYY-MM-DD', days on the viewer's clock; '' clears a bound. */
  async filterDecisionsLog(filter: { status?: DecisionStatus; from?: string; to?: string }): Promise<void> {
    const search = this.decisionsLog().getByRole('search', { name: 'Filter decisions' });
    if (filter.status) await search.getByLabel('Status').selectOption({ label: filter.status });
    if (filter.from !== undefined) await search.getByLabel('Decided from').fill(filter.from);
    if (filter.to !== undefined) await search.getByLabel('Decided until').fill(filter.to);
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
