import { PolicyValidationError } from '@banfa/policy-model';
import { Command, CommanderError } from 'commander';
import { auditVerifyCommand } from './audit-verify.command';
import { compareCommand, type CompareOptions } from './compare.command';
import { deadlineCommand, type DeadlineOptions } from './deadline.command';
import { diffCommand, type DiffOptions } from './diff.command';
import { factsCommand } from './facts.command';
import { checkChangeCommand, evaluateCommand, type CheckChangeOptions, type EvaluateOptions } from './evaluate.command';
import { schemaCommand, SCHEMA_FILE } from './schema.command';
import { showCommand } from './show.command';
import { testCommand } from './test.command';
import { validateCommand } from './validate.command';

const out = (line: string) => process.stdout.write(`${line}\n`);
const program = new Command()
  .name('banfa')
  .description('办法 Banfa：政务信息化项目管理办法的政策文件工具')
  .showHelpAfterError()
  .exitOverride();

const policy = program.command('policy').description('政策文件');

policy
  .command('validate')
  .description('校验政策文件（默认校验 policies/ 下的全部文件），错误以 文件:行:列 给出')
  .argument('[paths...]', '政策文件或目录', ['policies'])
  .action((paths: string[]) => {
    process.exitCode = validateCommand(paths, out);
  });

policy
  .command('show')
  .description('以中文概要显示政策文件：管理方式、环节、时限、材料、规则，各附条款')
  .argument('<id>', '政策标识（文件中的 id）、目录名或文件路径')
  .option('--dir <path>', '政策目录', 'policies')
  .action((id: string, options: { dir: string }) => {
    process.exitCode = showCommand(id, options.dir, out);
  });

policy
  .command('test')
  .description('运行政策旁的场景测试（默认 policies/ 下全部 *.scenarios.yaml）')
  .argument('[paths...]', '场景文件或目录', ['policies'])
  .action((paths: string[]) => {
    process.exitCode = testCommand(paths, out);
  });

policy
  .command('schema')
  .description('生成政策文件的 JSON Schema（供编辑器补全）')
  .option('-o, --out <file>', '输出文件', SCHEMA_FILE)
  .action((options: { out: string }) => {
    process.exitCode = schemaCommand(options.out, out);
  });

const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

policy
  .command('diff')
  .description('比较同一政策的两个版本：门槛、期限、审查机构、材料等的变化，各附条款')
  .argument('<before>', '旧版本：文件路径，或行政区划代码、政策 id、目录名，可加 @版本')
  .argument('<after>', '新版本：同上')
  .option('--at <YYYY-MM-DD>', '未写 @版本 时取此日有效的版本（默认为北京时间今天）', today)
  .option('--dir <path>', '政策目录', 'policies')
  .option('--json', '输出 JSON：before, after, identical, changes, summary')
  .action((before: string, after: string, options: DiffOptions) => {
    process.exitCode = diffCommand(before, after, options, out);
  });

program
  .command('evaluate')
  .description('按政策计算一个项目的办理程序（决定报告）')
  .requiredOption('--policy <ref>', '行政区划代码、政策 id、目录名或文件路径，可加 @版本（默认取计算日有效的版本）')
  .option('--facts <file>', '事实文件（YAML/JSON，金额带单位，如 totalInvestment: 80万元；- 为标准输入）')
  .option('-f, --fact <key=value>', '单个事实，可重复，例如 -f totalInvestment=80万元', collect, [])
  .option('--events <file>', '事件文件（YAML/JSON 列表：kind, on, step, outcome …）')
  .option('--submitted <YYYY-MM-DD>', '申报日期（等同一条 submitted 事件）')
  .option('--at <YYYY-MM-DD>', '计算日期（默认为北京时间今天）', today)
  .option('--reading <id=value>', '歧义设置的解读，可重复，例如 --reading A3=parallel（未给出的取政策选定的解读）', collect, [])
  .option('--dir <path>', '政策目录', 'policies')
  .option('--json', '输出 JSON：policy, track, steps, attachments, obligations, findings, trace')
  .action((options: EvaluateOptions) => {
    process.exitCode = evaluateCommand(options, out);
  });

program
  .command('compare')
  .description('并列比较多个政策：门槛、审查环节与时限、期限、变更限制、材料、审查机构（配置对照）；给出 --project 时再比较同一样例项目在各政策下的结果')
  .argument('<policies...>', '行政区划代码、政策 id、目录名或文件路径，可加 @版本（同一地区的多个版本即“随时间的变化”）')
  .option('--at <YYYY-MM-DD>', '比较日期：未写 @版本 时取此日有效的版本，状态与结果按此日判断（默认为北京时间今天）', today)
  .option('--project <file>', '样例项目文件（YAML/JSON：facts: { totalInvestment: 80万元 … }, events: [{ kind: submitted, on: "2025-09-30" }]）')
  .option('--json', '输出 JSON：at, columns, matrix, outcomes')
  .option('--xlsx <file>', '另存为 Excel 文件（配置对照、结果对照、说明）')
  .option('--width <n>', '表格宽度（字符列数，默认取终端宽度或 160）')
  .option('--dir <path>', '政策目录', 'policies')
  .action((policies: string[], options: CompareOptions) =>
    // Asynchronous (the workbook is written as a buffer): it reports its own errors the way the catch below does.
    compareCommand(policies, options, out).then(
      (code) => {
        process.exitCode = code;
      },
      (error: unknown) => {
        const message = error instanceof PolicyValidationError ? error.message : `错误：${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`;
        process.stderr.write(`${message}\n`);
        process.exitCode = 2;
      },
    ),
  );

program
  .command('check-change')
  .description('按政策的变更规则检查一项变更（附表3 的原/现小计）')
  .requiredOption('--policy <ref>', '行政区划代码、政策 id、目录名或文件路径，可加 @版本')
  .requiredOption('--change <file>', '变更文件（YAML/JSON：on, lines: [{ old: 5万元, new: 8万元 }], newTotal）')
  .option('--facts <file>', '事实文件（如 contractAmount: 100万元）')
  .option('-f, --fact <key=value>', '单个事实，可重复', collect, [])
  .option('--events <file>', '事件文件（此前的 changeDecided 计入变更次数）')
  .option('--at <YYYY-MM-DD>', '计算日期（默认为北京时间今天）', today)
  .option('--reading <id=value>', '歧义设置的解读，可重复，例如 --reading A3=parallel（未给出的取政策选定的解读）', collect, [])
  .option('--dir <path>', '政策目录', 'policies')
  .option('--json', '输出 JSON')
  .action((options: CheckChangeOptions) => {
    process.exitCode = checkChangeCommand(options, out);
  });

program
  .command('deadline')
  .description('按国家法定工作日历计算期限（默认事件当日不计入、调休上班日计入、末日为休息日的顺延）')
  .requiredOption('--from <YYYY-MM-DD>', '起算事件的日期')
  .option('--working-days <n>', 'N 个工作日')
  .option('--calendar-days <n>', 'N 日')
  .option('--months <n>', 'N 个月（无对应日的，为该月最后一日）')
  .option('--no-roll', '期间末日为法定节假日时不顺延（默认顺延至下一个工作日）')
  .option('--holiday-end <rule>', '期间末日为休息日时：next-working-day（顺延，默认）、previous-working-day（提前）、unchanged（不顺延）')
  .option('--event-day-included', '事件当日计入（为第1日）；默认事件当日不计入')
  .option('--skip-adjusted-workdays', '调休上班的周六、周日不计为工作日；默认计入')
  .option('--json', '输出 JSON')
  .action((options: DeadlineOptions) => {
    process.exitCode = deadlineCommand(options, out);
  });

program
  .command('facts')
  .description('列出规范事实和事件目录')
  .option('--json', '输出 JSON')
  .action((options: { json?: boolean }) => {
    process.exitCode = factsCommand(options.json === true, out);
  });

program
  .command('audit')
  .description('审计日志')
  .command('verify')
  .description('校验审计链（SM3）：逐条核对哈希、前后链接和序号；数据库同 api：DATABASE_URL，否则 DATA_DIR/banfa.sqlite')
  .option('--json', '输出 JSON：ok, entries, head, firstBroken, summary（与 GET /api/audit/verify 相同）')
  .action((options: { json?: boolean }) =>
    // Asynchronous (the database is read in pages): it reports its own errors the way the catch below does.
    auditVerifyCommand(options, process.env, process.cwd(), out).then(
      (code) => {
        process.exitCode = code;
      },
      (error: unknown) => {
        process.stderr.write(`错误：${(error instanceof Error ? error.message : String(error)).split('\n')[0]}\n`);
        process.exitCode = 2;
      },
    ),
  );

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

try {
  program.parse();
} catch (error) {
  // Bad input gets one line naming what is wrong and exit code 2, never a stack trace (a policy file's errors
  // are one line each).
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else {
    const message = error instanceof PolicyValidationError ? error.message : `错误：${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`;
    process.stderr.write(`${message}\n`);
    process.exitCode = 2;
  }
}
