// "When to get help": every red flag, most urgent first, grouped by how soon to act, each with
// what to do and, folded under it, its first aid. The signs themselves are always rendered in
// full: nothing here folds away behind the causes or the tips.
import { IF_YOU_NOTICE } from '@/knowledge/assess/wording';
import { firstAidById } from '@/knowledge/index';
import type { FirstAid, RedFlag } from '@/knowledge/schema';
import { byUrgency } from '@/knowledge/vocabulary';
import { FirstAidSteps } from '@/components/common/FirstAidSteps';

/** The call itself is the action's first words; the folded part is what to do meanwhile. */
function aidsOf(flag: RedFlag): FirstAid[] {
  return flag.firstAid
    .filter((id) => id !== 'call-emergency')
    .map((id) => firstAidById(id))
    .filter((a): a is FirstAid => a !== undefined);
}

export function RedFlags({ flags }: { flags: RedFlag[] }) {
  return (
    <section id="steady-help" class="help" aria-labelledby="steady-help-title">
      <h3 id="steady-help-title" tabIndex={-1}>
        When to get help
      </h3>
      <p>Shaking with any of these signs is a reason to get help, some of them at once.</p>
      {byUrgency(flags).map(({ level, flags: group }) => (
        <div key={level} class={`flags ${level}`}>
          <h4>{IF_YOU_NOTICE[level]}</h4>
          <ul>
            {group.map((f) => (
              <li key={f.id} data-flag-id={f.id}>
                <strong>{f.notice}.</strong> {f.action}
                {aidsOf(f).map((aid) => (
                  <details key={aid.id} class="aid">
                    <summary>First aid: {aid.title}</summary>
                    <FirstAidSteps aid={aid} />
                  </details>
                ))}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
