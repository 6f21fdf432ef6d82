import { i18n } from '../i18n/i18n';

/** The admin screens' texts, in the three languages (kept beside the feature, added to the one i18n instance). */
const en = {
  heading: 'Organisations and users',
  newOrganisation: 'New organisation',
  organisationName: 'Name',
  kind: 'Kind',
  kinds: { contractor: 'Contractor', maintenance_team: 'Maintenance team', programme_office: 'Programme office' },
  createOrganisation: 'Create the organisation',
  organisation: 'Organisation',
  users: 'Users of {{organisation}}',
  noUsers: 'No user yet.',
  role: 'Role',
  active: 'Active',
  disabled: 'Disabled',
  disable: 'Disable',
  enable: 'Enable',
  newUser: 'New user',
  userName: 'Full name',
  email: 'Email',
  password: 'First password',
  passwordNote: 'Give it to the user by a safe channel; it is shown once.',
  generate: 'Another one',
  createUser: 'Create the user',
  handOver: 'Created. Sign-in for {{email}}, first password:',
};

const fr: typeof en = {
  heading: 'Organisations et utilisateurs',
  newOrganisation: 'Nouvelle organisation',
  organisationName: 'Nom',
  kind: 'Type',
  kinds: { contractor: 'Entreprise titulaire', maintenance_team: 'Équipe de maintenance', programme_office: 'Maîtrise d’ouvrage' },
  createOrganisation: 'Créer l’organisation',
  organisation: 'Organisation',
  users: 'Utilisateurs de {{organisation}}',
  noUsers: 'Aucun utilisateur.',
  role: 'Rôle',
  active: 'Actif',
  disabled: 'Désactivé',
  disable: 'Désactiver',
  enable: 'Réactiver',
  newUser: 'Nouvel utilisateur',
  userName: 'Nom complet',
  email: 'E-mail',
  password: 'Premier mot de passe',
  passwordNote: 'À transmettre par un canal sûr ; il n’est affiché qu’une fois.',
  generate: 'Un autre',
  createUser: 'Créer l’utilisateur',
  handOver: 'Créé. Connexion de {{email}}, premier mot de passe :',
};

const ar: typeof en = {
  heading: 'الهيئات والمستخدمون',
  newOrganisation: 'هيئة جديدة',
  organisationName: 'الاسم',
  kind: 'النوع',
  kinds: { contractor: 'مقاولة', maintenance_team: 'فريق صيانة', programme_office: 'صاحب المشروع' },
  createOrganisation: 'إنشاء الهيئة',
  organisation: 'الهيئة',
  users: 'مستخدمو {{organisation}}',
  noUsers: 'لا يوجد مستخدم بعد.',
  role: 'الدور',
  active: 'مفعّل',
  disabled: 'معطّل',
  disable: 'تعطيل',
  enable: 'تفعيل',
  newUser: 'مستخدم جديد',
  userName: 'الاسم الكامل',
  email: 'البريد الإلكتروني',
  password: 'كلمة المرور الأولى',
  passwordNote: 'سلّمها للمستخدم عبر قناة آمنة؛ لا تُعرض إلا مرة واحدة.',
  generate: 'كلمة أخرى',
  createUser: 'إنشاء المستخدم',
  handOver: 'تم الإنشاء. دخول {{email}}، كلمة المرور الأولى:',
};

export const ADMIN_MESSAGES = { en, fr, ar };

for (const [language, messages] of Object.entries(ADMIN_MESSAGES)) {
  i18n.addResourceBundle(language, 'translation', { admin: messages }, true, false);
}
