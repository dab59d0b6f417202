import { describe, expect, test } from 'vitest';
import { detect } from '@/knowledge/detect/index';
import { WEIGHTS } from '@/knowledge/detect/weights';
import { mainContent, page, signals } from './helpers';

function verdictOf(title: string, body: string) {
  return detect(page(title, body), signals).verdict;
}

const SQUATS = `<article>
  <h1>Why my legs shake after squats</h1>
  <p>After a heavy squat session my legs were shaking all the way home, and my quads kept trembling on the stairs.</p>
  <p>Muscle fatigue is the usual reason: tired muscles fire less smoothly. Drink water, eat, and rest before your next workout.</p>
  <p>If the shaking lasts into the next day or comes with pain, see a doctor.</p>
</article>`;

describe('matches articles about muscles shaking', () => {
  test('legs shaking after squats: match, after-exercise, muscle fatigue, evidence', () => {
    const v = verdictOf('Why my legs shake after squats', SQUATS);
    expect(v.match).toBe(true);
    expect(v.score).toBeGreaterThanOrEqual(0.5);
    expect(v.contexts[0]).toBe('after-exercise');
    expect(v.causes).toContain('muscle-fatigue');
    expect(v.evidence.length).toBeGreaterThan(0);
    expect(v.evidence.length).toBeLessThanOrEqual(3);
  });

  test('quivering in a stretch: stretching', () => {
    const v = verdictOf(
      'Shaking in a hamstring stretch',
      `<main><h1>Why do my legs quiver when I stretch?</h1>
       <p>Holding a deep hamstring stretch, many people feel the back of the thigh quiver and the whole leg start to shake.</p>
       <p>Muscles that are not used to a long stretch fire in small bursts. Ease off a little, breathe, and stretch again after a
         warm-up.</p>
       <p>Regular yoga and stretching improve flexibility, and the shaking usually fades within a few weeks.</p></main>`,
    );
    expect(v.match).toBe(true);
    expect(v.contexts).toContain('stretching');
    expect(v.causes).toEqual(expect.arrayContaining(['poor-flexibility', 'insufficient-warm-up']));
  });

  test('one calf wobbling on a heel raise: heel-raise', () => {
    const v = verdictOf(
      'Calf raises: why one leg wobbles',
      `<article><p>During single-leg calf raises my right calf shakes and my ankle wobbles as I lift my heel.</p>
       <p>The weaker leg often shakes first. Build strength with slow heel raises, three sets a day, and hold a wall for balance.</p>
       <p>Exercise the weaker side first and stop before the shaking makes you lose balance.</p></article>`,
    );
    expect(v.match).toBe(true);
    expect(v.contexts[0]).toBe('heel-raise');
  });

  test('restless legs at night: night', () => {
    const v = verdictOf(
      'Restless legs at night',
      `<article><p>Restless legs syndrome makes the legs feel uncomfortable in bed at night, with an urge to move them.</p>
       <p>Many people notice their legs jerk while falling asleep. Low iron can play a part; a doctor can check your ferritin.</p>
       <p>Gentle stretching in the evening and less caffeine may help your sleep.</p></article>`,
    );
    expect(v.match).toBe(true);
    expect(v.contexts[0]).toBe('night');
    expect(v.causes[0]).toBe('restless-legs-syndrome');
  });

  test('a discussion one section deep in a long article still matches, thanks to its heading', () => {
    const paragraph =
      '<p>Keep your chest up, brace your core, push your knees out over your toes and drive through the whole foot to stand up. ' +
      'Practise the pattern with a light weight before you add load.</p>';
    const filler = paragraph.repeat(12);
    const body = `<article><h1>The complete squat technique guide</h1>${filler}
      <h2>Why do my legs shake when I squat?</h2>
      <p>Near the end of a hard set your thighs may tremble because tired muscle fibres fire less evenly.</p>
      ${filler}</article>`;
    expect(verdictOf('The complete squat technique guide', body).match).toBe(true);
  });
});

describe('does not match other shaking', () => {
  const negatives: [string, string, string][] = [
    [
      'protein shakes',
      'Post-workout protein shake recipe',
      '<article><p>This protein shake is perfect after leg day. Add one scoop of whey, a banana and milk to the blender.</p>' +
        '<p>Shake well and drink it within an hour of your workout for recovery. Protein shakes help muscles rebuild.</p>' +
        '<p>Ingredients: one scoop, one cup of milk, ice.</p></article>',
    ],
    [
      'shake up your routine',
      'Shake up your routine',
      '<article><p>Bored of the gym? Shake up your routine with new exercises for your legs and arms.</p>' +
        '<p>Shake things up with intervals, and shake off the rust after a long break from training.</p></article>',
    ],
    [
      'earthquakes',
      'Earthquake shakes the coast',
      '<article><p>A magnitude 6 earthquake shook the coast overnight, and aftershocks kept the ground trembling.</p>' +
        '<p>Residents felt the building shake; seismic tremors were recorded across the region.</p></article>',
    ],
    [
      'markets',
      'Market tremors',
      '<article><p>Stocks were shaky on Monday as investors reacted to market tremors and inflation figures.</p>' +
        '<p>Wall Street jitters spread to Asian markets.</p></article>',
    ],
    [
      'handshakes',
      'How to shake hands at an interview',
      '<article><p>Shake hands firmly, with your arm relaxed and your body turned towards the interviewer.</p>' +
        '<p>A limp handshake or a shaking hand can come across as nerves.</p></article>',
    ],
    [
      'fiction',
      'Chapter 3',
      '<article><p>Her voice trembled as she whispered his name. Her hands shook as she opened the letter.</p>' +
        '<p>"Stay," he murmured, and her legs trembled beneath her. Chapter four would change everything.</p></article>',
    ],
    [
      'vibration plates',
      'Best vibration plates of the year',
      '<article><p>A vibration plate shakes your whole body while you stand on it; the platform vibrates your leg muscles.</p>' +
        '<p>We tested ten vibration machines for noise, power and price.</p></article>',
    ],
    [
      'a fitness article that never mentions shaking',
      'How to squat',
      '<article><p>Squats build your legs, glutes and core. Warm up, keep your back straight and breathe.</p>' +
        '<p>Start with three sets of eight reps and add weight slowly.</p></article>',
    ],
  ];
  test.each(negatives)('%s', (_name, title, body) => {
    expect(verdictOf(title, body)).toMatchObject({ match: false, contexts: [], causes: [], evidence: [] });
  });

  test('words only in the page chrome do not count', () => {
    const chrome =
      '<nav><a>Why do my legs shake after squats?</a></nav><aside><p>Related: shaking legs after a workout, muscle tremors</p></aside>';
    const body =
      `${chrome}<article><p>Squats build your legs, glutes and core. Warm up, keep your back straight and breathe.</p>` +
      `<p>Start with three sets of eight reps and add weight slowly.</p></article><footer>Legs shaking? Read our guide.</footer>`;
    expect(verdictOf('How to squat', body).match).toBe(false);
  });
});

describe('weights and evidence', () => {
  const sentence = '<p>Legs can shake a little at the end of a long run, then it passes.</p>';
  const plain = '<p>Running builds endurance. Warm up, hydrate and rest between sessions.</p>';

  test('one passing mention of legs in general is not enough on a short page; as a heading, or in a long guide, it is', () => {
    const short = detect(page('Running tips', `<article>${sentence}${plain}</article>`), signals);
    expect(short.explain!.fitness).toBeLessThan(WEIGHTS.subjectFull);
    expect(short.verdict.match).toBe(false);
    expect(verdictOf('Running tips', `<article><h2>Why do legs shake after running?</h2>${sentence}${plain}</article>`).match).toBe(true);
    // A long training guide that says it once is still a page about exercise: a plan, a review, a race report.
    const guide = '<p>Each week has three runs: an easy run, intervals and a long run, with a warm-up and a cool-down.</p>'.repeat(4);
    const long = detect(page('Running tips', `<article>${guide}${sentence}${plain}</article>`), signals);
    expect(long.explain!.fitness).toBeGreaterThanOrEqual(WEIGHTS.subjectFull);
    expect(long.verdict.match).toBe(true);
  });

  test('one mention of a person’s own legs shaking is enough on a page about exercise, not on one about a pet', () => {
    const mine = '<p>My legs shake a little at the end of a long run, then it passes.</p>';
    expect(verdictOf('Running tips', `<article>${mine}${plain}</article>`).match).toBe(true);
    const pet = '<p>Our dog sleeps by the door; her legs shake a little when the vet visits, and the cat hides.</p>';
    expect(
      verdictOf('Pet care', `<article>${pet}${'<p>Brush the dog weekly and feed the cat twice a day.</p>'.repeat(3)}</article>`).match,
    ).toBe(false);
  });

  test('evidence quotes come from the article, name their section and block, at most three', () => {
    const p = page('Why my legs shake after squats', SQUATS);
    const extraction = mainContent(p);
    const v = detect(p, signals).verdict;
    const collapse = (s: string) => s.replace(/\s+/g, ' ');
    for (const q of v.evidence) {
      const block = extraction.blocks[q.block]!;
      expect(collapse(extraction.text.slice(block.start, block.end))).toContain(q.text);
      expect(q.text.length).toBeLessThanOrEqual(220);
      expect(q.section).toBe('Why my legs shake after squats');
    }
    expect(new Set(v.evidence.map((q) => q.block)).size).toBe(v.evidence.length);
  });

  test('a long sentence is quoted around its shaking word, within the limit', () => {
    const before = 'After an hour of hill repeats on a hot afternoon with very little water, '.repeat(5);
    const after = ' and kept going while I walked back to the car park slowly'.repeat(4);
    const long = `<article><h1>Legs shaking</h1><p>${before}my legs started shaking badly${after}.</p>${plain}${plain}</article>`;
    const v = verdictOf('Legs shaking after hill repeats', long);
    expect(v.match).toBe(true);
    const q = v.evidence.find((e) => e.text.includes('shaking badly'));
    expect(q).toBeDefined();
    expect(q!.text.length).toBeLessThanOrEqual(220);
  });
});

describe('whose body shakes (the accuracy issue’s three kinds of miss)', () => {
  test('feeling jittery or shaky with no muscle word beside it is a person’s body', () => {
    const v = verdictOf(
      'Too jittery to train: my pre-workout review',
      `<article><h1>Too jittery to train</h1>
       <p>On a full scoop I felt really jittery for the whole session, and my training suffered.</p>
       <p>By the third set I felt shaky and scattered rather than focused. Caffeine at that dose is a stimulant too far for me.</p>
       <p>Half a scoop before the gym gave me the energy without feeling trembly. Drink water and eat before you exercise.</p></article>`,
    );
    expect(v.match).toBe(true);
    expect(v.contexts[0]).toBe('during-exercise');
  });

  test('"fast-twitch" and "slow-twitch" fibres are muscle types, not twitching', () => {
    const v = verdictOf(
      'Fast-twitch vs slow-twitch muscle fibres for sprinters',
      `<article><h1>Fast-twitch and slow-twitch fibres</h1>
       <p>Sprint training recruits fast-twitch muscle fibres, while marathon runners rely on slow-twitch fibres in their legs.</p>
       <p>Strength work and plyometrics train fast twitch motor units; endurance training makes slow twitch muscle fibres resist
         fatigue.</p>
       <p>Your mix of fast and slow twitch fibres is partly genetic, but training shifts it.</p></article>`,
    );
    expect(v.match).toBe(false);
  });

  test('an animal or a machine that shakes is not a person’s body', () => {
    const dog = verdictOf(
      'Why is my dog shaking at the vet?',
      `<article><h1>Why dogs tremble at the vet</h1>
       <p>Many dogs start shaking and trembling in the vet’s waiting room; their legs tremble and their muscles shake with fear.</p>
       <p>Puppies and small dogs shiver more. If your dog’s legs keep trembling at home, or it collapses, call your vet.</p>
       <p>Health checks, gentle handling and treats help a pet that trembles before the exam.</p></article>`,
    );
    expect(dog.match).toBe(false);
    const treadmill = verdictOf(
      'Treadmill shakes at running speed',
      `<article><h1>My treadmill shakes and wobbles</h1>
       <p>At running speed the whole treadmill shakes, the console rattles and the deck wobbles under my feet.</p>
       <p>Check the levelling feet and the bolts; a loose motor cover also rattles. The warranty covers a technician’s visit.</p>
       <p>Running on it is fine again after the bolts were tightened; my legs no longer feel the wobble.</p></article>`,
    );
    expect(treadmill.match).toBe(false);
  });

  test('a shoe that wobbles is not a body, but ankles that wobble in a shoe are', () => {
    const review = verdictOf(
      'Trail shoe review: soft, springy and a bit wobbly',
      `<article><h1>Soft, springy and a bit wobbly</h1>
       <p>The foam is plush for long runs and recovery days, but on rocky paths the shoe felt wobbly and the midsole rolled
         under my weight.</p>
       <p>Because the heel counter is soft, the midsole feels wobbly on fast corners of a training run.</p>
       <p>Grip is good on wet rock, the fit is true to size, and it suits easy running, jogging and marathon training on
         smooth trails.</p></article>`,
    );
    expect(review.match).toBe(false);
    const ankles = verdictOf(
      'Why my ankles wobble on trail runs',
      `<article><h1>Why my ankles wobble on trail runs</h1>
       <p>On rocky paths my ankles wobble and my calves shake, even in stiff trail shoes.</p>
       <p>Tired lower-leg muscles correct each step less smoothly. Balance and strength exercises help them stay steady.</p>
       <p>Rest, eat and drink after long runs; see a doctor if an ankle keeps giving way.</p></article>`,
    );
    expect(ankles.match).toBe(true);
  });

  test('a twitch as a fibre’s contraction in a physiology text is not a person twitching', () => {
    const v = verdictOf(
      'Muscle mechanics: the single twitch',
      `<article><h1>The single twitch and summation</h1>
       <p>One electrical pulse makes a muscle give a single twitch: a latent period, then a contraction phase and a relaxation
         phase.</p>
       <p>Twitch contraction time is short in fast fibres and long in slow ones, so a sprinter's muscle reaches peak force
         sooner.</p>
       <p>If pulses come faster than the muscle relaxes, each twitch adds to the last (summation) until they fuse into
         tetanus.</p>
       <p>Endurance and strength training change how the muscle fibres of athletes respond.</p></article>`,
    );
    expect(v.match).toBe(false);
    const calf = verdictOf(
      'Why my calf muscle twitches',
      `<article><h1>Why my calf muscle twitches</h1>
       <p>After long runs my calf muscle twitches for hours, a flicker under the skin I can see.</p>
       <p>Tired muscles, caffeine and poor sleep make twitching more likely; rest and drink water.</p></article>`,
    );
    expect(calf.match).toBe(true);
    expect(calf.contexts).toContain('twitching');
  });

  test('on a page about fibre types, every "twitch" is a contraction; one mention of them is not such a page', () => {
    const fibres = `<p>Sprinters have more fast-twitch fibres and marathoners more slow-twitch ones.</p>
       <p>Intervals, sprints, squats and plyometrics train the muscles of the legs for power.</p>
       <p>Each nerve pulse makes the muscle contract once. That brief contraction is called a twitch.</p>
       <p>Warm up, then sprint training, strength training, recovery and rest make the training plan.</p>`;
    expect(verdictOf('Fibre types for sprinters', `<article>${fibres}</article>`).match).toBe(false);
    const mine = `<p>Sprint training builds fast-twitch fibres.</p>
       <p>After my sprint sessions my calf muscle twitches for hours in bed; rest and water help.</p>`;
    expect(verdictOf('Sprint training', `<article>${mine}</article>`).match).toBe(true);
  });

  test('an archer’s quiver and shaking out the legs before a race are not shaking', () => {
    const quiver = verdictOf(
      'How to choose a quiver: hip, back or field?',
      `<article><h1>How to choose a quiver</h1><h2>Hip quivers</h2>
       <p>A hip quiver sits on the belt by your drawing hand; field quivers hold arrows at the hip for roving.</p>
       <p>Most archers wear a quiver on the side of their drawing hand. Target archery clubs sell both.</p></article>`,
    );
    expect(quiver.match).toBe(false);
    const shakeout = verdictOf(
      'What is a shakeout run?',
      `<article><h1>The shakeout run</h1>
       <p>A shakeout run is a short easy jog the day before a race. Think of it as shaking out the legs: loose arms, light steps.</p>
       <p>Keep it to fifteen minutes of easy running with a few strides, then rest, stretch and eat well before the marathon.</p>
       <p>Training, warm-up, cool-down, recovery and hydration matter more in race week than any extra mileage.</p></article>`,
    );
    expect(shakeout.match).toBe(false);
  });

  test('juddering, legs like jelly and restless legs in any order are shaking; petroleum jelly and a boom arm are not', () => {
    const plan = '<p>Week two adds hill repeats, a tempo run and a long run; warm up, cool down, stretch and rest.</p>'.repeat(2);
    const said = (sentence: string) => verdictOf('Race report', `<article>${plan}<p>${sentence}</p></article>`).match;
    expect(said('At the finish my legs would not stop juddering for ten minutes.')).toBe(true);
    expect(said('Back at the van my legs were like jelly after the last climb.')).toBe(true);
    expect(said('That night my legs felt restless in bed until two in the morning.')).toBe(true);
    expect(said('Rub petroleum jelly on your feet and between your toes before the long run.')).toBe(false);
    expect(said('The microphone boom arm is a bit wobbly at the hinge during the class.')).toBe(false);
  });

  test('"I started shaking" says whose the shaking is, as "my legs" does, and counts for more than "the legs shook"', () => {
    const support = (sentence: string) =>
      detect(page('Race report', `<article><p>After the swim ${sentence}</p><p>Then a long ride and a run.</p></article>`), signals)
        .explain!.support;
    expect(support('I started shaking, legs and all, in the wind.')).toBeGreaterThan(support('the legs started shaking in the wind.'));
    expect(support('your legs will feel like jelly and a bit wobbly.')).toBeGreaterThan(
      support('the legs will feel like jelly and a bit wobbly.'),
    );
  });

  test('a yoga pose named for an animal does not make the shaking an animal’s', () => {
    const v = verdictOf(
      'Why my arms shake in downward dog',
      `<article><h1>Shaking in downward dog</h1>
       <p>In downward dog my arms shake and my shoulders tremble after about thirty seconds of holding the pose.</p>
       <p>That is muscle fatigue: the stretch and the hold are new work. Rest in child’s pose, then try again with bent knees.</p>
       <p>Regular yoga builds the strength and flexibility that stop the shaking within a few weeks.</p></article>`,
    );
    expect(v.match).toBe(true);
    expect(v.contexts[0]).toBe('stretching');
  });
});

describe('which situation is named first', () => {
  test('a long plan or diary names the situation of its one sentence when that says it: the bunk that night, calf rises', () => {
    const plan = '<p>Week two adds hill repeats, a tempo run and a long run; warm up before and cool down after.</p>'.repeat(2);
    const named = (sentence: string) => verdictOf('Training camp diary', `<article>${plan}<p>${sentence}</p></article>`).contexts[0];
    expect(named('That night my legs just would not settle in the bunk, a restless feeling in both calves.')).toBe('night');
    expect(named('On the calf rises your calves will probably start quivering by the last set.')).toBe('heel-raise');
  });

  test('holding a balance is exercise; "after a long day at work" is not after exercise', () => {
    const v = verdictOf(
      'Why my standing leg wobbles in ballet class',
      `<article><h1>The wobbly standing leg</h1>
       <p>Holding a balance on one foot, my supporting leg starts to quiver and my thigh trembles after a few counts.</p>
       <p>Classes after a long day at work leave me shakier, so I eat a snack first.</p>
       <p>Strength work for the ankle and hip, and regular balance practice, help the leg stay steady.</p></article>`,
    );
    expect(v.match).toBe(true);
    expect(v.contexts[0]).toBe('during-exercise');
    expect(v.contexts).not.toContain('after-exercise');
  });

  test('a race of any kind is a time: "after my fell race" is after exercise', () => {
    const v = verdictOf(
      'Wobbly knees after a fell race',
      `<article><h1>Wobbly knees after a fell race</h1>
       <p>After my fell race my knees shook on the walk back to the car.</p>
       <p>Tired quads brake poorly, so the thighs can tremble for an hour or so; eat, drink and rest.</p>
       <p>Strength work for the quads and some downhill running in training help next time.</p></article>`,
    );
    expect(v.match).toBe(true);
    expect(v.contexts[0]).toBe('after-exercise');
  });

  test('a sentence names a situation once, however many of its cues it uses', () => {
    const v = verdictOf(
      'Shaky legs on the trail',
      `<article><h1>Shaky legs on the trail</h1>
       <p>My legs shake with every step downhill.</p>
       <p>After the hike my thighs tremble for an hour.</p>
       <p>When you stop, the calves often keep shaking. Tired muscles need food, water and rest.</p></article>`,
    );
    expect(v.match).toBe(true);
    expect(v.contexts[0]).toBe('after-exercise');
  });

  test('a weight held overhead is exercise, even beside a warning about shaking at rest', () => {
    const v = verdictOf(
      'Hands trembling when holding a weight overhead',
      `<article><h1>Hands trembling overhead</h1>
       <p>Holding a dumbbell overhead, my hands and forearms tremble after twenty seconds.</p>
       <p>It stops soon after I rest. Tired grip and shoulder muscles fire unevenly; build up with shorter holds.</p>
       <p>If your hands shake when you're resting, see a doctor.</p></article>`,
    );
    expect(v.match).toBe(true);
    expect(v.contexts[0]).toBe('during-exercise');
  });

  test('a situation the page says the shaking does not happen in is not named', () => {
    const v = verdictOf(
      'Why my arms shake',
      `<article><h1>Why my arms shake</h1>
       <p>My arms and shoulders shake on the last rep of a set.</p>
       <p>There is no shaking at rest.</p>
       <p>Tired muscles fire unevenly, so the arms tremble near failure. Rest, eat well and add weight to your workout
         slowly.</p></article>`,
    );
    expect(v.match).toBe(true);
    expect(v.contexts[0]).toBe('during-exercise');
    expect(v.contexts).not.toContain('at-rest');
  });

  test('"the shakes" a person gets is the body\'s, with no body word beside it', () => {
    const v = verdictOf(
      'Post leg day shakes',
      `<article><h1>Post leg day shakes</h1>
       <p>You finished leg day ten minutes ago and now the stairs are the final boss.</p>
       <p>Getting the shakes afterwards? That is normal after hard squats and lunges: your workout burned a lot of fuel.</p>
       <p>Eat carbs and protein within the hour and keep moving gently. Got the shakes hours later, or feel faint? Talk to a
         doctor.</p></article>`,
    );
    expect(v.match).toBe(true);
    expect(v.contexts[0]).toBe('after-exercise');
  });

  test('trembling once cooled down after a long effort is after exercise, not at rest', () => {
    const v = verdictOf(
      'Why did I go all trembly after my long run?',
      `<article><h1>Trembly at the café</h1>
       <p>My first 18-mile training run went fine. It was only once I'd cooled down, sitting still with a coffee, that my
         legs and hands started trembling.</p>
       <p>Coach: this is common after a long effort in marathon training. Your muscles ran low on fuel, so eat within half
         an hour of finishing and drink something salty.</p>
       <p>Runners who go past two hours at a steady pace on gels alone often feel this shakiness; build your training
         mileage slowly.</p></article>`,
    );
    expect(v.match).toBe(true);
    expect(v.contexts[0]).toBe('after-exercise');
  });

  test('"get the shake" of a recipe is still the drink', () => {
    const v = verdictOf(
      'Post-workout banana smoothie',
      `<article><h1>Banana recovery smoothie</h1>
       <p>After leg day I get the shake ready in two minutes: banana, oats, milk and a scoop of whey.</p>
       <p>Get the shake recipe below, blend for thirty seconds and drink it after your workout.</p></article>`,
    );
    expect(v.match).toBe(false);
  });

  test('a strength hold in yoga is exercise; "pose" alone is not a stretch', () => {
    const v = verdictOf(
      'Why chair pose makes your thighs shake',
      `<article><h1>Why chair pose makes your thighs shake</h1>
       <p>Within thirty seconds of chair pose the front of the thighs burns, then the muscles quiver and the knees wobble.</p>
       <p>That shaking is the muscle tiring in the hold. Sit a little less deep, breathe, and it settles as your strength
         grows over a few weeks of yoga classes.</p></article>`,
    );
    expect(v.match).toBe(true);
    expect(v.contexts[0]).toBe('during-exercise');
  });

  test('a stretch pose is still a stretch', () => {
    const v = verdictOf(
      'Hamstrings quivering in a forward fold',
      `<article><h1>Quivering in a forward fold</h1>
       <p>In a deep forward fold my hamstrings quiver and my calves shake after a minute.</p>
       <p>The muscle guards against the stretch at the end of its range. Back off a little, breathe, and hold for less
         time in your yoga practice; flexibility comes with weeks of training.</p></article>`,
    );
    expect(v.match).toBe(true);
    expect(v.contexts[0]).toBe('stretching');
  });

  test('arms trembling at the top of a pull-up are during the exercise', () => {
    const v = verdictOf(
      'Arms trembling at the top of pull-ups?',
      `<article><h1>Arms trembling at the top of pull-ups</h1>
       <p>When I get my chin over the bar and hold it, both my arms start trembling really hard. Nothing weird afterwards.</p>
       <p>Reply: your muscles are near failure, so motor units fire unevenly. Do shorter holds, rest between sets and let
         your strength training build up.</p></article>`,
    );
    expect(v.match).toBe(true);
    expect(v.contexts[0]).toBe('during-exercise');
  });

  test('legs shaking after long runs, post-run, are after exercise', () => {
    const v = verdictOf(
      'Why your legs shake after long runs',
      `<article><h1>Why your legs shake after long runs</h1>
       <p>You finish a 16-miler and an hour later your thighs start trembling in the kitchen.</p>
       <p>That post-run shaking comes from tired muscles low on fuel; later, sitting on the couch, a muscle may quiver.
         Eat, drink and rest; it fades as your marathon training builds.</p></article>`,
    );
    expect(v.match).toBe(true);
    expect(v.contexts[0]).toBe('after-exercise');
  });

  test("an animal in an exercise's name says nothing of the page: horse stance is training", () => {
    const v = verdictOf(
      'Horse stance: why your legs tremble',
      `<div><h1>Horse stance: why your legs tremble</h1>
       <p>In horse stance at karate class my thighs tremble after a minute and my knees shake.</p>
       <p>Sensei says the horse stance builds strength: the leg muscles tire in the hold, so they tremble. Rest between
         rounds of horse stance, drink water, and the shaking comes later as your training goes on.</p></div>`,
    );
    expect(v.match).toBe(true);
  });

  test('camera shake in hand-held footage is not a body shaking', () => {
    const v = verdictOf(
      'How to stop camera shake',
      `<article><h1>9 ways to stop camera shake</h1>
       <p>Hand-held footage gets jittery and wobbly when your hands shake at slow shutter speeds.</p>
       <p>Brace your elbows, breathe out, and use a gimbal: a shaky clip can be rescued in editing, but a stabiliser
         helps most. Shaky hand-held video is the commonest complaint from readers.</p></article>`,
    );
    expect(v.match).toBe(false);
  });

  test("a card player's trembling hands are a tell, not a workout", () => {
    const v = verdictOf(
      'Poker tells: trembling hands',
      `<article><h1>Reading poker tells: trembling hands</h1>
       <p>Your opponent reaches for his chips and his hands are trembling. In poker, shaking hands usually mean a strong
         hand: the adrenaline of a big bet makes the fingers shake.</p>
       <p>At the casino, a player who bluffs stays still; one with the nuts trembles. Gambling coaches call it the most
         reliable tell in card games, but watch the whole session before you call.</p></article>`,
    );
    expect(v.match).toBe(false);
  });

  test('"splits" on an erg are rowing pace, not a stretch', () => {
    const v = verdictOf(
      'Legs shaking on the erg',
      `<article><h1>Legs shaking in the last 500 on the erg</h1>
       <p>I went out at 2:04 splits, but with 500 to go my thighs started shaking like mad on the drive.</p>
       <p>Coach: tired muscles recruit unevenly near the end of a hard rowing test, so the legs tremble. Pace it evenly,
         eat before training and the shaking comes later.</p></article>`,
    );
    expect(v.match).toBe(true);
    expect(v.contexts[0]).toBe('during-exercise');
  });
});
