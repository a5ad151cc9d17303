// A translated sentence with an element inside it ("Last contact: <time>",
// "Client: <button>"): the sentence stays one message, so a translation may put
// the element anywhere in it. The message is asked for with a marker as that
// placeholder's value, and the element goes where the marker came back.
import type { ComponentChildren } from 'preact';

/** A private-use character: no translation or value of ours contains it. */
const MARK = '\uE000';

export function withElement(sentence: (marker: string) => string, element: ComponentChildren): ComponentChildren {
  const text = sentence(MARK);
  const at = text.indexOf(MARK);
  // A translation that dropped the placeholder still shows the element, after its words.
  if (at < 0) return <>{text} {element}</>;
  return (
    <>
      {text.slice(0, at)}
      {element}
      {text.slice(at + MARK.length)}
    </>
  );
}
