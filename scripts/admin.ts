// `npm run admin -- <command>`: user and token administration from the shell, e.g. for the first
// admin of a real deployment. Same functions as the UI, same audit rows (actor: none = shell).
import { parseArgs } from 'node:util';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../lib/generated/prisma/client';
import { generatePassword } from '../lib/auth/password';
import { isRole } from '../lib/auth/permissions';
import { createToken, listTokens, revokeToken } from '../lib/auth/tokens';
import { changeRole, createUser, listUsers, resetPassword, setUserActive, setUserEmail } from '../lib/users/manage-users';
import { ensureAgency } from '../lib/users/seed-demo';
import { createAgency } from '../lib/agencies/create-agency';
import { createDepartment } from '../lib/departments/departments';
import { setSignoffRequired } from '../lib/settings/agency';
import { announce } from '../lib/db/change-feed';
import { tellOthersWith } from '../lib/statistics/derived-cache';
import { applyMigrations, openDatabase } from './lib/database';

const USAGE = `用法：npm run admin -- <命令> [选项]
  agency:create --name <机关名称> --short <简称> [--parent <上级机关编号>]   （最后一行只输出新机关的编号）
  agency:list
  agency:signoff --agency <机关编号> --on|--off   （答复须经领导签发后才能送达）
  department:create --name <部门名称> --agency <机关编号>   （最后一行只输出新部门的编号）
  department:list [--agency <机关编号>]
  user:list
  user:create --login <登录名> --name <姓名> --role <clerk|reviewer|manager|admin|handler|leader> [--password <密码>] [--agency <机关编号>] [--department <部门编号>]
  user:disable --login <登录名>        user:enable --login <登录名>
  user:reset-password --login <登录名> [--password <密码>]
  user:email --login <登录名> --email <电子邮箱>   （接收每日待办提醒）
  user:role --login <登录名> --role <角色>
  token:create --user <登录名> [--name <用途>]   （最后一行只输出令牌本身）
  token:list
  token:revoke --id <令牌编号>`;

const [command, ...rest] = process.argv.slice(2);
const { values } = parseArgs({
  args: rest,
  options: {
    login: { type: 'string' },
    user: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string' },
    password: { type: 'string' },
    email: { type: 'string' },
    id: { type: 'string' },
    short: { type: 'string' },
    parent: { type: 'string' },
    agency: { type: 'string' },
    department: { type: 'string' },
    on: { type: 'boolean' },
    off: { type: 'boolean' },
  },
  strict: true,
});

/** A whole-number option (an agency's or a department's number). */
function number(name: 'agency' | 'department'): number {
  const n = Number(need(name));
  if (!Number.isInteger(n) || n <= 0) throw new Error(`编号无效：--${name} ${values[name]}`);
  return n;
}

function need(name: Exclude<keyof typeof values, 'on' | 'off'>): string {
  const v = values[name];
  if (!v) throw new Error(`缺少 --${name}\n\n${USAGE}`);
  return v;
}

const dbh = await openDatabase({ quiet: true });
const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: dbh.url }) });
// A change made here reaches the running servers' counted figures at once, as their own would.
let counted = false;
tellOthersWith(() => (counted = true));
try {
  await applyMigrations(dbh.url, () => {});
  switch (command) {
    case 'agency:create': {
      await ensureAgency(prisma);
      const parentId = values.parent ? Number(values.parent) : null;
      const agency = await createAgency(prisma, { name: need('name'), shortName: need('short'), parentId }, null);
      console.log(`已创建机关 ${agency.name}（编号 ${agency.id}${parentId ? `，上级机关编号 ${parentId}` : ''}）`);
      console.log(String(agency.id)); // a string: a number would be coloured when FORCE_COLOR is set
      break;
    }
    case 'agency:list':
      for (const a of await prisma.agency.findMany({ orderBy: { id: 'asc' } }))
        console.log(`${a.id}\t${a.name}\t${a.shortName}\t${a.parentId ? `上级 ${a.parentId}` : '顶级'}`);
      break;
    case 'agency:signoff': {
      if (values.on === values.off) throw new Error(`请给出 --on 或 --off 之一\n\n${USAGE}`);
      await setSignoffRequired(prisma, number('agency'), !!values.on, null);
      console.log(`机关 ${values.agency}：${values.on ? '答复须经领导签发' : '答复无须领导签发'}`);
      break;
    }
    case 'department:create': {
      const d = await createDepartment(prisma, number('agency'), { name: need('name') }, null);
      console.log(`已创建承办部门 ${d.name}（编号 ${d.id}，机关 ${d.agencyId}）`);
      console.log(String(d.id));
      break;
    }
    case 'department:list':
      for (const d of await prisma.department.findMany({
        where: values.agency ? { agencyId: number('agency') } : {},
        orderBy: { id: 'asc' },
      }))
        console.log(`${d.id}\t${d.name}\t机关 ${d.agencyId}\t${d.active ? '正常' : '已停用'}`);
      break;
    case 'user:list':
      for (const u of await listUsers(prisma)) console.log(`${u.login}\t${u.name}\t${u.role}\t${u.active ? '正常' : '已停用'}`);
      break;
    case 'user:create': {
      await ensureAgency(prisma);
      const password = values.password ?? generatePassword();
      const role = need('role');
      if (!isRole(role)) throw new Error(`角色无效：${role}`);
      const agencyId = values.agency ? Number(values.agency) : undefined;
      if (agencyId !== undefined && !Number.isInteger(agencyId)) throw new Error(`机关编号无效：${values.agency}`);
      const user = await createUser(
        prisma,
        {
          login: need('login'),
          name: need('name'),
          role,
          password,
          email: values.email ?? '',
          departmentId: values.department ? number('department') : null,
        },
        null,
        agencyId,
      );
      console.log(`已创建 ${user.login}（${user.role}）`);
      if (!values.password) console.log(`初始密码（只显示这一次）：${password}`);
      break;
    }
    case 'user:disable':
    case 'user:enable':
      await setUserActive(prisma, need('login'), command === 'user:enable', null);
      console.log(`${command === 'user:enable' ? '已启用' : '已停用'} ${values.login}`);
      break;
    case 'user:email': {
      await setUserEmail(prisma, need('login'), need('email'), null);
      console.log(`已设置 ${values.login} 的电子邮箱`);
      break;
    }
    case 'user:reset-password': {
      const password = values.password ?? generatePassword();
      await resetPassword(prisma, need('login'), password, null);
      console.log(values.password ? '密码已重置。' : `新密码（只显示这一次）：${password}`);
      break;
    }
    case 'user:role': {
      const role = need('role');
      if (!isRole(role)) throw new Error(`角色无效：${role}`);
      await changeRole(prisma, need('login'), role, null);
      console.log(`已将 ${values.login} 的角色改为 ${role}`);
      break;
    }
    case 'token:create': {
      const login = need('user');
      const user = await prisma.user.findUnique({ where: { login } });
      if (!user || !user.active) throw new Error(`用户 ${login} 不存在或已停用`);
      const { id, token } = await createToken(prisma, { userId: user.id, name: values.name ?? '命令行生成' });
      console.log(`令牌 #${id} 已生成，代表 ${login}（${user.role}）。只显示这一次：`);
      console.log(token);
      break;
    }
    case 'token:list':
      for (const t of await listTokens(prisma))
        console.log(`#${t.id}\t${t.prefix}…\t${t.user.login}\t${t.name}\t${t.revokedAt ? '已吊销' : '有效'}`);
      break;
    case 'token:revoke': {
      const ok = await revokeToken(prisma, Number(need('id')), null);
      if (!ok) throw new Error('令牌不存在或已吊销');
      console.log('令牌已吊销');
      break;
    }
    default:
      console.log(USAGE);
      if (command) process.exitCode = 2;
  }
} catch (err) {
  const e = err as Error & { issues?: { message: string }[] };
  console.error(e.issues ? e.issues.map((i) => i.message).join('；') : e.message);
  process.exitCode = 1;
} finally {
  if (counted) await announce(prisma, 'derived').catch(() => {});
  await prisma.$disconnect();
  await dbh.stop();
}
