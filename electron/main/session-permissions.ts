import type { Session } from 'electron';

/**
 * The app needs no browser permission (camera, notifications, geolocation...), so every request
 * and every check is refused; a feature that needs one must add it here explicitly.
 */
export function refuseAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
