import { code } from '@streamdown/code';
import { createContext, memo, useContext, type ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { Streamdown } from 'streamdown';
import 'streamdown/styles.css';

import { chatBlocks } from './markdown-blocks.js';

/**
 * Answers as Markdown through streamdown, which is built for text that is still arriving: an
 * unfinished code fence or table is completed for display instead of flickering as raw text.
 * Code is highlighted by shiki on its JavaScript regex engine (no WASM, no eval: the strict CSP
 * holds). Links never navigate: they ask first, then main opens them in the browser.
 */
const plugins = { code };
const controls = {
  code: { copy: true, download: false },
  table: false,
  mermaid: false,
  image: false,
} as const;

/** Set by the Chat view: shows the "open this link?" dialog. */
export const LinkRequestContext = createContext<(url: string) => void>(() => undefined);

function ChatLink({ href, children }: ComponentProps<'a'>) {
  const request = useContext(LinkRequestContext);
  return (
    <a
      href={href}
      className="md-link"
      onClick={(event) => {
        event.preventDefault();
        if (href) request(href);
      }}
    >
      {children}
    </a>
  );
}

/** Remote images would be blocked by the CSP anyway: show their text instead of a broken box. */
function ChatImage({ alt, src }: ComponentProps<'img'>) {
  if (typeof src === 'string' && src.startsWith('data:image/'))
    return <img src={src} alt={alt ?? ''} />;
  return <span className="md-image-alt">[{alt || 'image'}]</span>;
}

const components = { a: ChatLink, img: ChatImage };

export const Markdown = memo(function Markdown({
  text,
  streaming,
}: {
  text: string;
  streaming: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Streamdown
      className="md"
      // Always the block-wise streaming mode: when an answer ends, its blocks stay memoized
      // instead of the whole text being parsed again in one long task.
      mode="streaming"
      parseMarkdownIntoBlocksFn={chatBlocks}
      isAnimating={streaming}
      plugins={plugins}
      controls={controls}
      components={components}
      translations={{ copyCode: t('chat.copyCode') }}
      lineNumbers={false}
    >
      {text}
    </Streamdown>
  );
});
