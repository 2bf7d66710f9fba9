import type { Messages } from './messages-fr';

export const ar: Messages = {
  'app.name': 'Passerelle',
  'app.tagline': 'الابتكار في الصناعات الغذائية ومستحضرات التجميل',
  'app.skipToContent': 'الانتقال إلى المحتوى الرئيسي',

  'language.label': 'اللغة',

  'header.userLoading': 'جارٍ تحميل الملف الشخصي…',
  'header.userError': 'الملف الشخصي غير متاح',

  'role.ADMIN': 'الإدارة',
  'role.STAFF': 'فريق التجمع',
  'role.INDUSTRIAL': 'صناعي',
  'role.RESEARCHER': 'باحث',

  'auth.signIn.title': 'تسجيل الدخول',
  'auth.signIn.intro': 'سجّل الدخول للاطلاع على احتياجات الابتكار في التجمع.',
  'auth.email': 'البريد الإلكتروني',
  'auth.password': 'كلمة المرور',
  'auth.submit': 'دخول',
  'auth.submitting': 'جارٍ تسجيل الدخول…',
  'auth.sessionExpired': 'انتهت صلاحية جلستك. يرجى تسجيل الدخول مجددا.',
  'auth.signOut': 'تسجيل الخروج',
  'auth.signingOut': 'جارٍ تسجيل الخروج…',

  'needs.title': 'احتياجات الابتكار',
  'needs.summary': 'عرض {shown} من أصل {total}',
  'needs.loading': 'جارٍ تحميل الاحتياجات…',
  'needs.empty': 'لا توجد احتياجات لعرضها حاليا.',
  'needs.loadMore': 'عرض المزيد من الاحتياجات',
  'needs.loadingMore': 'جارٍ التحميل…',
  'needs.anonymousOrganisation': 'مؤسسة مجهولة الهوية',
  'needs.publishedOn': 'نُشر في {date}',
  'needs.details': 'الخصائص',
  'needs.labelled': '{label}: ',
  'needs.sector': 'القطاع',
  'needs.visibility': 'الظهور',
  'needs.status': 'الحالة',
  'needs.trl': 'مستوى النضج التكنولوجي',
  'needs.trlRange': 'TRL {current} → {target}',
  'needs.trlRangeSpoken': 'من {current} إلى {target}',

  'sector.AGRIFOOD': 'الصناعات الغذائية',
  'sector.COSMETICS': 'مستحضرات التجميل',

  'visibility.PUBLIC': 'عام',
  'visibility.MEMBERS': 'الأعضاء',
  'visibility.STAFF_ONLY': 'الفريق فقط',

  'status.DRAFT': 'مسودة',
  'status.OPEN': 'مفتوح',
  'status.IN_PROGRESS': 'قيد الإنجاز',
  'status.CLOSED': 'مغلق',

  'error.title': 'حدث خطأ',
  'error.network': 'تعذّر الاتصال بالخادم. تحقّق من اتصالك ثم أعد المحاولة.',
  'error.server': 'واجه الخادم مشكلة. أعد المحاولة بعد قليل.',
  'error.retry': 'إعادة المحاولة',
};
