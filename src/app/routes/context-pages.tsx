import { useNavigate, useSearch } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { InvalidRecordsNotice } from '@/components/invalid-records-notice';
import { ContextLoadNotices } from '@/features/context/components/context-load-notices';
import { EventsList } from '@/features/context/components/events-list';
import { NewsList } from '@/features/context/components/news-list';
import { ProjectsList } from '@/features/context/components/projects-list';
import { useClock } from '@/lib/clock';
import { useContextItems } from '@/lib/context/use-context-items';
import { useSites } from '@/lib/sites/use-sites';

/** `?topic=` of the news and projects pages; anything but a non-empty string means all topics. */

/** The listed sites (withdrawn ones are not offered) and today's date, shared by the pages. */
function usePageData() {
  const { sites } = useSites();
  const listed = useMemo(() => sites.filter((s) => s.status !== 'withdrawn'), [sites]);
  const context = useContextItems();
  const today = useClock().today();
  return { sites: listed, context, today };
}

function Loading() {
  const { t } = useTranslation();
  return <p className="search-page__status">{t('context.loading')}</p>;
}

function useTopic(from: '/news' | '/projects' | '/events') {
  const navigate = useNavigate();
  const { topic = '' } = useSearch({ from });
  const onTopicChange = (next: string) =>
    void navigate({ to: from, search: next ? { topic: next } : {}, replace: true });
  return { topic, onTopicChange };
}

/** `/news`: the news with topic filter, places and related sites. */
export function NewsPage() {
  const { sites, context, today } = usePageData();
  const topic = useTopic('/news');
  if (context.isPending) return <Loading />;
  return (
    <>
      <ContextLoadNotices context={context} />
      <InvalidRecordsNotice invalid={context.invalid} />
      <NewsList items={context.news} sites={sites} today={today} {...topic} />
    </>
  );
}

/** `/projects`: projects and initiatives with their regions. */
export function ProjectsPage() {
  const { sites, context, today } = usePageData();
  const topic = useTopic('/projects');
  if (context.isPending) return <Loading />;
  return (
    <>
      <ContextLoadNotices context={context} />
      <InvalidRecordsNotice invalid={context.invalid} />
      <ProjectsList items={context.projects} sites={sites} today={today} {...topic} />
    </>
  );
}

/** `/events`: running and upcoming events, the earlier ones collapsed, relative to the app clock. */
export function EventsPage() {
  const { sites, context, today } = usePageData();
  const topic = useTopic('/events');
  if (context.isPending) return <Loading />;
  return (
    <>
      <ContextLoadNotices context={context} />
      <InvalidRecordsNotice invalid={context.invalid} />
      <EventsList items={context.events} projects={context.projects} sites={sites} today={today} {...topic} />
    </>
  );
}
