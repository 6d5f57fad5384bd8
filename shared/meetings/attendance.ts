import { z } from 'zod';

export const ATTENDANCE_MODES = ['online', 'in-person', 'apologies'] as const;
export const AttendanceModeSchema = z.enum(ATTENDANCE_MODES, { message: 'errors.unknownAttendance' });
export type AttendanceMode = z.infer<typeof AttendanceModeSchema>;

/** memberId → how they attended; members without an entry were absent without apologies. */
export const AttendanceSchema = z.record(z.string(), AttendanceModeSchema);
export type Attendance = z.infer<typeof AttendanceSchema>;

export function setAttendance(attendance: Attendance, memberId: string, mode: AttendanceMode | undefined): Attendance {
  const next = { ...attendance };
  if (mode === undefined) delete next[memberId];
  else next[memberId] = mode;
  return next;
}

export interface AttendanceSummary {
  online: string[];
  inPerson: string[];
  apologies: string[];
  /** Invited members with no entry. */
  absent: string[];
  present: number;
}

export function attendanceSummary(attendance: Attendance, invitedMemberIds: readonly string[] = []): AttendanceSummary {
  const byMode = (mode: AttendanceMode) => Object.keys(attendance).filter((id) => attendance[id] === mode);
  const online = byMode('online');
  const inPerson = byMode('in-person');
  return {
    online,
    inPerson,
    apologies: byMode('apologies'),
    absent: invitedMemberIds.filter((id) => attendance[id] === undefined),
    present: online.length + inPerson.length,
  };
}
