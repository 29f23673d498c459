/**
 * A long, realistic WebVTT transcript made up on the spot (deterministic): three speakers taking turns of 1 to 30
 * cues, cues of 1.2 to 3.4 seconds and 6 to 16 words, a voice span where the speaker changes. 5,000 cues come to
 * about three hours. Used by the scale test and by `npm run bench` (scripts/bench/transcript.mjs).
 */

/** One cue as written into the file. */
export interface LongCue {
  start: number;
  end: number;
  speaker: string;
  text: string;
}

const SPEAKERS = ['Anna Berger', 'Ben Okafor', 'Carla Ruiz'];
const WORDS = (
  'podcast episode listener microphone audio feed transcript chapter guest host story question answer idea ' +
  'really think maybe today about because people always never something everything world music record edit ' +
  'publish show notes link website community support question research history future science coffee morning'
).split(' ');
const SMALL = 'the a and of to in that is it we you for on with as this but so'.split(' ');

/** The cues and the file's text. */
export function makeLongVtt(cueCount = 5000): { vtt: string; cues: LongCue[] } {
  let seed = 20240601;
  const random = () => (seed = (seed * 1664525 + 1013904223) % 4294967296) / 4294967296;
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const cues: LongCue[] = [];
  let time = 1;
  let speaker = SPEAKERS[0]!;
  let turnLeft = 0;
  for (let i = 0; i < cueCount; i++) {
    if (turnLeft <= 0) {
      speaker = pick(SPEAKERS.filter((s) => s !== speaker));
      turnLeft = 1 + Math.floor(random() * 30);
    }
    turnLeft--;
    const words = Array.from({ length: 6 + Math.floor(random() * 11) }, () =>
      random() < 0.4 ? pick(SMALL) : pick(WORDS),
    );
    words[0] = words[0]!.charAt(0).toUpperCase() + words[0]!.slice(1);
    const text = `${words.join(' ')}${random() < 0.5 ? '.' : ','} cue ${i + 1}`;
    const length = 1.2 + random() * 2.2;
    cues.push({ start: round(time), end: round(time + length), speaker, text });
    time += length;
  }
  let vtt = 'WEBVTT\n\n';
  let last = '';
  for (const cue of cues) {
    vtt += `${clock(cue.start)} --> ${clock(cue.end)}\n${cue.speaker !== last ? `<v ${cue.speaker}>` : ''}${cue.text}\n\n`;
    last = cue.speaker;
  }
  return { vtt, cues };
}

function round(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}

function clock(seconds: number): string {
  const ms = Math.round(seconds * 1000);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(Math.floor(ms / 3600000))}:${pad(Math.floor(ms / 60000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`;
}
