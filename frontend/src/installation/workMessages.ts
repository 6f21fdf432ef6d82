import { i18n } from '../i18n/i18n';

/** The Work tab's package, progress and map texts, in the three languages (beside the feature, added to the one i18n instance). */
const en = {
  new: 'New work package', newButton: 'New package', edit: 'Edit {{code}}', editButton: 'Edit', details: 'Details', hide: 'Hide',
  code: 'Code', name: 'Name', contractor: 'Contractor', phase: 'Phase', plannedStart: 'Planned start', dueOn: 'Due', zone: 'Zone', status: 'Status',
  save: 'Save', cancel: 'Cancel', type: 'Type', count: 'Count', share: 'Share', at: 'As of',
  figures: '{{installed}} of {{total}} installed, {{late}} late; black spots covered live {{live}} of {{design}} designed.',
  sCurve: 'Planned against actual installations (S-curve)', planned: 'Planned', actual: 'Installed',
  print: 'Printable page', printTitle: 'Progress of work package {{code}}', byStatus: 'By status',
  addAssets: 'Add assets', addSelected: 'Add the selected asset', selectOnMap: 'Select an asset on the map to add it',
  drawArea: 'Draw an area', drawing: 'Draw the area on the map…', pickZone: 'Zone…', addZone: 'Add the zone',
  assets: 'Assets ({{count}})', remove: 'Remove', removeAsset: 'Remove {{code}} from the package',
  daysLate_one: '{{count}} day late', daysLate_other: '{{count}} days late',
  byContractor: 'By contractor', byZone: 'By zone', installedShare: 'Installed', lateShare: 'Late', liveShare: 'Live coverage of the design',
  showOnMap: 'Show {{code}} on the map', nearest: 'Nearest first', mapNote: 'Your assets are ringed on the map.',
};

const fr: typeof en = {
  new: 'Nouveau lot de travaux', newButton: 'Nouveau lot', edit: 'Modifier {{code}}', editButton: 'Modifier', details: 'Détails', hide: 'Masquer',
  code: 'Code', name: 'Nom', contractor: 'Entreprise', phase: 'Phase', plannedStart: 'Début prévu', dueOn: 'Échéance', zone: 'Zone', status: 'Statut',
  save: 'Enregistrer', cancel: 'Annuler', type: 'Type', count: 'Nombre', share: 'Part', at: 'Au',
  figures: '{{installed}} sur {{total}} installés, {{late}} en retard ; points noirs couverts en service {{live}} sur {{design}} prévus.',
  sCurve: 'Installations prévues et réalisées (courbe en S)', planned: 'Prévu', actual: 'Installé',
  print: 'Page imprimable', printTitle: 'Avancement du lot {{code}}', byStatus: 'Par statut',
  addAssets: 'Ajouter des équipements', addSelected: 'Ajouter l’équipement sélectionné', selectOnMap: 'Sélectionnez un équipement sur la carte',
  drawArea: 'Dessiner une zone', drawing: 'Dessinez la zone sur la carte…', pickZone: 'Zone…', addZone: 'Ajouter la zone',
  assets: 'Équipements ({{count}})', remove: 'Retirer', removeAsset: 'Retirer {{code}} du lot',
  daysLate_one: '{{count}} jour de retard', daysLate_other: '{{count}} jours de retard',
  byContractor: 'Par entreprise', byZone: 'Par zone', installedShare: 'Installés', lateShare: 'En retard', liveShare: 'Couverture en service / prévue',
  showOnMap: 'Voir {{code}} sur la carte', nearest: 'Les plus proches d’abord', mapNote: 'Vos équipements sont cerclés sur la carte.',
};

const ar: typeof en = {
  new: 'حصة أشغال جديدة', newButton: 'حصة جديدة', edit: 'تعديل {{code}}', editButton: 'تعديل', details: 'التفاصيل', hide: 'إخفاء',
  code: 'الرمز', name: 'الاسم', contractor: 'المقاولة', phase: 'المرحلة', plannedStart: 'البداية المقررة', dueOn: 'الأجل', zone: 'المنطقة', status: 'الحالة',
  save: 'حفظ', cancel: 'إلغاء', type: 'النوع', count: 'العدد', share: 'النسبة', at: 'بتاريخ',
  figures: '{{installed}} من {{total}} مركّبة، {{late}} متأخرة؛ تغطية النقاط السوداء الفعلية {{live}} من {{design}} المقررة.',
  sCurve: 'التركيبات المقررة مقابل المنجزة (منحنى S)', planned: 'المقرر', actual: 'المركّب',
  print: 'صفحة للطباعة', printTitle: 'تقدّم حصة الأشغال {{code}}', byStatus: 'حسب الحالة',
  addAssets: 'إضافة تجهيزات', addSelected: 'إضافة التجهيز المحدد', selectOnMap: 'حدّد تجهيزًا على الخريطة لإضافته',
  drawArea: 'رسم منطقة', drawing: 'ارسم المنطقة على الخريطة…', pickZone: 'منطقة…', addZone: 'إضافة المنطقة',
  assets: 'التجهيزات ({{count}})', remove: 'إزالة', removeAsset: 'إزالة {{code}} من الحصة',
  daysLate_zero: 'متأخر {{count}} يوم', daysLate_one: 'متأخر يومًا واحدًا', daysLate_two: 'متأخر يومين', daysLate_few: 'متأخر {{count}} أيام', daysLate_many: 'متأخر {{count}} يومًا', daysLate_other: 'متأخر {{count}} يوم',
  byContractor: 'حسب المقاولة', byZone: 'حسب المنطقة', installedShare: 'مركّبة', lateShare: 'متأخرة', liveShare: 'التغطية الفعلية من المقررة',
  showOnMap: 'عرض {{code}} على الخريطة', nearest: 'الأقرب أولًا', mapNote: 'تجهيزاتك محاطة بدائرة على الخريطة.',
} as typeof en;

export const WORK_MESSAGES = { en, fr, ar };

for (const [language, messages] of Object.entries(WORK_MESSAGES)) {
  i18n.addResourceBundle(language, 'translation', { packages: messages }, true, false);
}
