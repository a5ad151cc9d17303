// Notifications need an icon (Chrome refuses a "basic" one without); a path
// inside the extension (public/icon) works in Chrome and Firefox alike.
export const NOTIFICATION_ICON = '/icon/128.png';

/** What the background passes to notifications.create (a subset both Chrome and Firefox accept, plus Chrome's buttons). */
export interface NoticeOptions {
  type: 'basic';
  iconUrl: string;
  title: string;
  message: string;
  /** Chrome only; Firefox rejects the property, so callers leave it out there. */
  buttons?: { title: string }[];
}

export interface NotificationsApi {
  create(id: string, options: NoticeOptions): Promise<string>;
  clear(id: string): Promise<boolean>;
}

export const notice = (title: string, message: string, buttons?: { title: string }[]): NoticeOptions => ({
  type: 'basic',
  iconUrl: NOTIFICATION_ICON,
  title,
  message,
  ...(buttons?.length ? { buttons } : {}),
});
