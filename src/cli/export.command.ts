import { Command, Option } from 'commander';
import { writeFileSync } from 'node:fs';
import { SYSTEM_INSTRUCTOR } from './demo';
import { EXPORT_FORMATS, type ExportFormat } from '../export/export-formats';
import { ExportService } from '../export/export.service';
import { ReplayService } from '../export/replay.service';
import { withHeadless } from './headless';
import { printResult } from './cli-output';
import { databaseOptions, type DatabaseOptions } from './cli-options';

export function exportCommand(): Command {
  return new Command('export')
    .description("Export a game's scoreboard for graders (CSV with BOM, XLSX, or JSON with every hash).")
    .requiredOption('--game <id>', 'game id')
    .addOption(new Option('--format <format>', 'csv, xlsx or json').choices([...EXPORT_FORMATS]).makeOptionMandatory())
    .requiredOption('--out <file>', 'file to write')
    .option('--database <url>', 'database URL (default: DATABASE_URL or the sqlite file under data/)')
    .action(async (opts: { game: string; format: ExportFormat; out: string; database?: string }) => {
      const body = await withHeadless(
        (app) => app.get(ExportService).export(SYSTEM_INSTRUCTOR, opts.game, opts.format),
        { databaseUrl: opts.database },
      );
      writeFileSync(opts.out, body);
      process.stdout.write(`wrote ${opts.out} (${body.length} bytes)\n`);
    });
}

type Verification = Awaited<ReturnType<ReplayService['verify']>>;

/** A verification as text: the engine mismatch, or one line per round and the verdict. */
function formatVerification(v: Verification): string {
  if (!v.comparable)
    return (
      `game ${v.gameId} was played with engine ${v.storedEngineVersion}; this is engine ${v.engineVersion}, ` +
      'whose market differs by design, so its rounds cannot be replayed here. ' +
      `Verify it with a sandbox of engine ${v.storedEngineVersion.split('.')[0]}.x.`
    );
  const verdict =
    v.rounds.length === 0
      ? '  no closed round to verify'
      : v.allMatch
        ? `  all ${v.rounds.length} round(s) match`
        : '  MISMATCH: the stored results do not follow from the stored decisions';
  return [
    `game ${v.gameId}  scenario ${v.scenarioKey}  seed ${v.seed}  engine ${v.engineVersion} (stored ${v.storedEngineVersion})`,
    ...v.rounds.map(
      (r) =>
        `  round ${r.round}: ${r.match ? 'match   ' : 'MISMATCH'} stored ${r.storedHash.slice(0, 16)}…  replayed ${r.replayedHash.slice(0, 16)}…` +
        (r.luckMatch === null ? '' : `  luck ${r.luckMatch ? 'match' : 'MISMATCH'}`),
    ),
    verdict,
  ].join('\n');
}

export function verifyCommand(): Command {
  return databaseOptions(
    new Command('verify')
      .description(
        'Replay every closed round of a stored game from its stored decisions and compare outcome hashes ' +
          'and luck-adjusted scores (exit 1 on a mismatch; exit 3 when the game was played with another major engine version).',
      )
      .requiredOption('--game <id>', 'game id')
      .option(
        '--skip-luck',
        'do not replay the luck-adjusted scores (each costs scoring.luck.replays more resolutions)',
      ),
  ).action(async (opts: DatabaseOptions & { game: string; skipLuck?: boolean }) => {
    const v = await withHeadless((app) => app.get(ReplayService).verify(opts.game, { luck: !opts.skipLuck }), {
      databaseUrl: opts.database,
    });
    printResult(opts.json, v, () => formatVerification(v));
    // exit 3: another engine version (nothing compared); 1: a hash mismatch
    if (!v.comparable) process.exitCode = 3;
    else if (!v.allMatch) process.exitCode = 1;
  });
}
