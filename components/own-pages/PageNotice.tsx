/** What the options page and the popup say to a person about something that just happened. */
export interface NoticeState {
  kind: 'error' | 'success' | 'progress';
  text: string;
}

/**
 * Errors are alerts (read out at once); progress and success are polite status messages. An empty notice keeps
 * its live region in the page, so the first message is announced too.
 */
export function PageNotice({ notice, id }: { notice: NoticeState | null; id?: string }) {
  if (notice?.kind === 'error') {
    return (
      <p class="notice notice--error" role="alert" id={id} data-notice="error">
        {notice.text}
      </p>
    );
  }
  return (
    <p
      class={notice ? `notice notice--${notice.kind}` : 'notice notice--empty'}
      role="status"
      id={id}
      data-notice={notice?.kind ?? 'none'}
    >
      {notice?.text ?? ''}
    </p>
  );
}
