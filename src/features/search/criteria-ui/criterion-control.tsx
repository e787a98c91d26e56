import { useTranslation } from 'react-i18next';
import { useFormatters } from '@/lib/i18n/format';
import { searchKinds, useViewAreaUnit } from '@/lib/i18n/view-area-unit';
import { criterionDef, type CriterionName, type UnknownName } from '@/lib/search/criteria/criteria';
import { UNIT_OF, WHOLE_FORMATS } from '@/lib/search/criteria/format-value';
import type { ParamName, SearchParams } from '@/lib/search/search-param-table';
import { ChoiceList } from '../components/choice-list';
import { FlagField } from '../components/flag-field';
import type { FilterSectionProps } from '../components/filter-section-props';
import { NumberField } from '../components/number-field';
import { areaReader } from '../components/number-reader';
import { UnknownToggle } from '../components/unknown-toggle';
import { WishToggle } from '../components/wish-toggle';
import type { ControlSpec } from './control-spec';
import { criterionUi } from './criterion-ui';

type Props = FilterSectionProps & { name: CriterionName };

/** One number input per bound of a range criterion, side by side when there are two. */
function RangeInputs({
  name,
  spec,
  params,
  set,
}: Props & { spec: Extract<ControlSpec, { type: 'number' }> }) {
  const { t, i18n } = useTranslation();
  const { group, kinds } = criterionDef(name);
  if (group.type !== 'range') throw new Error(`${name}: a number control needs a range criterion`);
  // Areas read in the unit of the sites the criterion can keep (an office area: halls, m²).
  const viewKinds = searchKinds(params.kind).filter((k) => kinds === 'all' || `${k}s` === kinds);
  const areaUnit = useViewAreaUnit(viewKinds);
  const f = useFormatters(areaUnit);
  const isArea = group.format === 'area';
  const unit = isArea ? (areaUnit === 'ha' ? 'ha' : 'm²') : UNIT_OF[group.format];
  const reader = isArea ? areaReader({ t, f, language: i18n.language }, areaUnit) : undefined;
  const bounds = (['min', 'max'] as const).flatMap((end) => {
    const param = group[end] as ParamName | undefined;
    const label = spec.labels[end];
    return param && label ? [{ param, label }] : [];
  });
  const fields = bounds.map(({ param, label }) => (
    <NumberField
      key={`${param}-${unit}`}
      label={isArea ? `${t(label)} (${unit})` : t(label)}
      unit={unit}
      reader={reader}
      whole={WHOLE_FORMATS.has(group.format)}
      value={params[param] as number | undefined}
      onCommit={(v) => set({ [param]: v } as Partial<SearchParams>)}
    />
  ));
  return fields.length > 1 ? <div className="filter-row">{fields}</div> : fields;
}

function Control(props: Props) {
  const { t } = useTranslation();
  const f = useFormatters();
  const { name, params, set } = props;
  const spec = criterionUi(name).control;
  const param = Object.keys(criterionDef(name).params)[0] as ParamName;
  switch (spec.type) {
    case 'number':
      return <RangeInputs {...props} spec={spec} />;
    case 'choice':
      return (
        <ChoiceList
          legend={t(spec.legend)}
          options={spec.options({ t, f, names: props.names, facets: props.facets })}
          selected={params[param] as readonly string[] | undefined}
          onChange={(v) => set({ [param]: v } as Partial<SearchParams>)}
          scroll={spec.scroll}
        />
      );
    case 'flag':
      return (
        <FlagField
          label={t(spec.label)}
          checked={params[param] === true}
          onChange={(v) => set({ [param]: v } as Partial<SearchParams>)}
        />
      );
    case 'custom':
      return spec.render(props);
    case 'none':
      return null;
  }
}

/**
 * A criterion's control in the filter panel, with "include sites without a value" where it has
 * one, and, once it is set, the choice between must and wish.
 */
export function CriterionControl(props: Props) {
  const { name } = props;
  const hasControl = criterionUi(name).control.type !== 'none';
  const isWish = props.params.want?.includes(name) ?? false;
  return (
    <>
      <Control {...props} />
      {hasControl && criterionDef(name).unknown && !isWish && (
        <UnknownToggle name={name as UnknownName} params={props.params} set={props.set} />
      )}
      {hasControl && <WishToggle name={name} params={props.params} set={props.set} />}
    </>
  );
}
