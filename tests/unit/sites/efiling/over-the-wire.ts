// A content script's reader (lib/sites/efiling/reading.ts) talking to the
// background's real answers (lib/identity/case-reader.ts), with the message's
// structured clone in between, and every batch of questions recorded.
import { answerQuestions, pageFacts } from '../../../../lib/identity/case-reader';
import { createRemoteReader, type CaseQuestion } from '../../../../lib/sites/efiling/reading';

export function readerOverTheWire(url = 'https://app.onelegal.com/orders') {
  const asked: CaseQuestion[][] = [];
  let fail = false;
  const reader = createRemoteReader(async (questions) => {
    if (fail) throw new Error('unreachable');
    asked.push(questions);
    return structuredClone({ page: pageFacts(new URL(url).hostname), answers: answerQuestions(structuredClone(questions)) });
  });
  return { reader, asked, unreachable: (v: boolean) => void (fail = v) };
}
