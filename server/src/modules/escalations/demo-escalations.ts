import type { DataSource } from 'typeorm';
import type { Actor } from '../../core/auth/context';
import { User } from '../users/user.entity';
import { recordIncidentReport } from './security-incident';
import { DeletionReason, EscalationKind, IncidentReportMethod, IncidentReportRecipient } from './escalation-enums';
import { claimEscalation, raiseEscalation, setStepDone, type DeletionSettings } from './escalation.service';

const DEMO_DELETION: DeletionSettings = { firstIntervalMs: 3600_000, laterIntervalMs: 24 * 3600_000, reminderAfterMs: 24 * 3600_000 };

/** A few escalations for the demo (npm start): one per board column worth showing. */
export async function seedDemoEscalations(db: DataSource): Promise<void> {
  const actor = async (username: string): Promise<Actor> => ({
    user: await db.getRepository(User).findOneOrFail({ where: { username } }),
    requestId: 'demo-seed',
    ip: null,
  });
  const officer = await actor('officer.chuo');
  const oic = await actor('oic.tanaka');
  const chief = await actor('chief.sato');

  const suicide = await raiseEscalation(
    db,
    officer,
    { kind: EscalationKind.SUICIDE_NOTICE, postUrl: 'https://x.com/kmm_yoru_17/status/2125600000000000001', summary: '「今夜、熊本城の近くで終わりにする」との投稿（高2と自称）' },
    DEMO_DELETION,
  );
  const claimed = await claimEscalation(db, oic, suicide.id, suicide.version);
  await setStepDone(db, oic, claimed.id, 1, true);

  await raiseEscalation(
    db,
    oic,
    {
      kind: EscalationKind.DELETION_REQUEST,
      postUrl: 'https://x.com/ura_shop_kmm/status/2125600000000000002',
      summary: '児童ポルノとみられる画像の販売告知',
      deletionReason: DeletionReason.CSAM,
    },
    DEMO_DELETION,
  );

  const incident = await raiseEscalation(
    db,
    chief,
    {
      kind: EscalationKind.SECURITY_INCIDENT,
      summary: '公式アカウントに見覚えのない連携アプリが追加されていた',
      incidentAffectedAsset: '公式Xアカウント @kmt_police_sk',
    },
    DEMO_DELETION,
  );
  await recordIncidentReport(db, chief, {
    escalationId: incident.id,
    recipient: IncidentReportRecipient.INFORMATION_MANAGEMENT_HEAD,
    recipientName: '情報管理課長',
    method: IncidentReportMethod.PHONE,
  });
}
