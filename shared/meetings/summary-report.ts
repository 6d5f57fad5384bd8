import { createFormats } from '../i18n/formats';
import type { Member } from '../members/member';
import type { AttendanceMode } from './attendance';
import type { Meeting, MeetingFormat } from './meeting';
import type { Minutes } from './minutes';

/** The report is a document in one language; the renderer passes translated labels, English is the fallback. */
export interface SummaryLabels {
  formats: Record<MeetingFormat, string>;
  summaryReport: string;
  agendaAdoption: string;
  keyPoints: string;
  nextSteps: string;
  decisions: string;
  provisional: string;
  due: string;
  annex: string;
  participants: string;
  apologies: string;
  attendance: Record<Exclude<AttendanceMode, 'apologies'>, string>;
}

export const ENGLISH_SUMMARY_LABELS: SummaryLabels = {
  formats: { online: 'Virtual meeting', 'in-person': 'Meeting', hybrid: 'Hybrid meeting' },
  summaryReport: 'Summary report',
  agendaAdoption: 'Adoption of the agenda',
  keyPoints: 'Key points raised',
  nextSteps: 'Next steps',
  decisions: 'Decisions',
  provisional: 'provisional',
  due: 'by',
  annex: 'Annex 1',
  participants: 'Participants',
  apologies: 'Apologies',
  attendance: { online: 'online', 'in-person': 'in person' },
};

export interface SummaryReportInput {
  groupName: string;
  /** Optional line above the group, as in "IGF 2022". */
  eventName?: string;
  meeting: Meeting;
  minutes: Minutes;
  members: ReadonlyArray<Pick<Member, 'id' | 'name' | 'organisation'>>;
  labels?: SummaryLabels;
  /** BCP 47 locale for the date line; 'en-GB' gives "6 September 2022". */
  locale?: string;
}

interface ReportSection {
  number: number;
  title: string;
  summary: string[];
  keyPoints: string[];
  nextSteps: string[];
  decisions: string[];
}

/** Everything the two renderers print, as plain (unescaped) text; each renderer escapes for its own format. */
export interface SummaryReport {
  titleLines: string[];
  subtitle: string;
  agendaAdoption?: string;
  sections: ReportSection[];
  participants: string[];
  apologies: string[];
  labels: SummaryLabels;
}

const paragraphs = (text: string): string[] =>
  text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);

export function summaryReport(input: SummaryReportInput): SummaryReport {
  const labels = input.labels ?? ENGLISH_SUMMARY_LABELS;
  const locale = input.locale ?? 'en-GB';
  const names = new Map(input.members.map((member) => [member.id, member]));
  const nameOf = (id: string): string => names.get(id)?.name ?? id;
  // The date the group met on, on the organiser's calendar, not the reader's.
  const formats = createFormats(locale, input.meeting.timeZone);
  const date = formats.date(input.meeting.start);
  const format = labels.formats[input.meeting.format];
  const meetingLine = input.meeting.number === undefined ? `${format} | ${date}` : `${format} #${input.meeting.number} | ${date}`;

  const sections = input.meeting.agenda.map((item, index): ReportSection => {
    const notes = input.minutes.items.find((candidate) => candidate.agendaItemId === item.id);
    return {
      number: index + 1,
      title: item.title,
      summary: paragraphs(notes?.summary ?? ''),
      keyPoints: notes?.keyPoints ?? [],
      nextSteps: (notes?.nextSteps ?? []).map((step) => {
        const owners = step.ownerIds.map(nameOf).join(', ');
        const due = step.dueDate ? `${labels.due} ${formats.calendarDate(step.dueDate)}` : '';
        const detail = [owners, due].filter((part) => part.length > 0).join(', ');
        return detail ? `${step.text} (${detail})` : step.text;
      }),
      decisions: (notes?.decisions ?? []).map((decision) =>
        decision.status === 'provisional' ? `${decision.text} (${labels.provisional})` : decision.text,
      ),
    };
  });

  const attendance = input.minutes.attendance;
  const participantLine = (id: string, mode: Exclude<AttendanceMode, 'apologies'>): string => {
    const organisation = names.get(id)?.organisation;
    return `${nameOf(id)}${organisation ? ` (${organisation})` : ''}, ${labels.attendance[mode]}`;
  };
  const byName = (a: string, b: string): number => nameOf(a).localeCompare(nameOf(b), locale);
  const ids = Object.keys(attendance).sort(byName);
  const participants = ids.flatMap((id) => {
    const mode = attendance[id];
    return mode === 'online' || mode === 'in-person' ? [participantLine(id, mode)] : [];
  });
  const apologies = ids.filter((id) => attendance[id] === 'apologies').map(nameOf);

  return {
    titleLines: [input.eventName, input.groupName, meetingLine].filter((line): line is string => Boolean(line?.trim())),
    subtitle: labels.summaryReport,
    ...(input.minutes.agendaAdoption ? { agendaAdoption: input.minutes.agendaAdoption.text } : {}),
    sections,
    participants,
    apologies,
    labels,
  };
}
