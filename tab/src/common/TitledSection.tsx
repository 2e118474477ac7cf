import { Subtitle1, Subtitle2 } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { usePageStyles } from './pageStyles';

/**
 * A card-like section named by its heading: an h2 with `headingId`, which the section is labelled by, then the
 * content. `subtitle` picks the heading's size: 1 on a page, 2 in a meeting panel or an aside. Without classes
 * it is a page's card with its section title.
 */
export function TitledSection({
  headingId,
  title,
  subtitle = 1,
  className,
  titleClassName,
  testId,
  children,
}: {
  headingId: string;
  title: string;
  subtitle?: 1 | 2;
  className?: string;
  titleClassName?: string;
  testId?: string;
  children: ReactNode;
}) {
  const page = usePageStyles();
  const Heading = subtitle === 1 ? Subtitle1 : Subtitle2;
  return (
    <section className={className ?? page.card} aria-labelledby={headingId} data-testid={testId}>
      <Heading as="h2" id={headingId} className={titleClassName ?? page.sectionTitle}>
        {title}
      </Heading>
      {children}
    </section>
  );
}
