/**
 * Far above the longest invite the schema allows (about 7 KB: a 120-character name, 16 server
 * addresses of 300 characters), and checked before anything else, so a pasted megabyte is refused
 * at once. Its own file so the boot chunk's route parser can use it without zod.
 */
export const MAX_INVITE_INPUT_LENGTH = 16 * 1024;
