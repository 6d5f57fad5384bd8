/** How large a backup zip may be, wherever one crosses a boundary (a file picked, the desktop bridge). */
export const MAX_BACKUP_BYTES = 512 * 1024 * 1024;
