import { EntityManager } from 'typeorm';
import { HallBooking } from '../brokering/hall-booking.entity';
import { HallEquipment } from '../hall/hall-equipment.entity';
import { HallMaintenance } from '../hall/hall-maintenance.entity';
import { EquipmentCategory, EquipmentStatus, HallBookingStatus } from '../hall/hall.enums';

const DAY = 86_400_000;

/** A day relative to today, YYYY-MM-DD. */
function day(offset: number): string {
  return new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);
}

interface DemoEquipment {
  name: string;
  category: EquipmentCategory;
  description: string;
  capacity: string;
  rules: string;
  status?: EquipmentStatus;
}

/** The cluster's technology hall: an agri-food and cosmetics prototyping platform in the Souss-Massa. */
export const demoEquipment: DemoEquipment[] = [
  {
    name: 'Presse à froid pour huile d’argan',
    category: EquipmentCategory.EXTRACTION,
    description: 'Presse à vis en inox pour amandons d’argan torréfiés ou non, avec décanteur et filtre-presse : huile alimentaire ou cosmétique vierge.',
    capacity: '40 kg d’amandons par heure',
    rules: 'Amandons triés et secs (humidité < 6 %). Nettoyage complet par l’utilisateur en fin de journée.',
  },
  {
    name: 'Atomiseur (séchoir par pulvérisation)',
    category: EquipmentCategory.DRYING,
    description: 'Séchage par atomisation d’extraits, de jus et de lait : poudres de figue de Barbarie, de dattes, arômes encapsulés.',
    capacity: '5 L d’eau évaporée par heure',
    rules: 'Formation préalable obligatoire. Utilisation en présence d’un technicien du hall.',
  },
  {
    name: 'Lyophilisateur pilote',
    category: EquipmentCategory.DRYING,
    description: 'Lyophilisation de fruits, d’extraits végétaux et de ferments ; 6 plateaux chauffants, condenseur à −80 °C.',
    capacity: '15 kg de produit frais par cycle (48 h)',
    rules: 'Réservation par cycles complets de 2 jours au moins. Produits congelés à −40 °C avant chargement.',
  },
  {
    name: 'Unité de distillation à la vapeur',
    category: EquipmentCategory.EXTRACTION,
    description: 'Alambic en inox de 200 L pour huiles essentielles et eaux florales (rose du Dadès, romarin, thym, lavande), avec essencier florentin.',
    capacity: '200 L, environ 60 kg de plantes par charge',
    rules: 'Plantes fournies par l’utilisateur ; rinçage de la cuve entre deux lots.',
  },
  {
    name: 'Extrudeuse bi-vis',
    category: EquipmentCategory.PROCESSING,
    description: 'Extrusion-cuisson de céréales, de légumineuses et de co-produits (tourteaux) : snacks, farines instantanées, granulés pour l’alimentation animale.',
    capacity: '30 à 80 kg par heure',
    rules: 'Essais validés à l’avance avec l’ingénieur procédés du hall.',
  },
  {
    name: 'Ligne de conditionnement sous vide',
    category: EquipmentCategory.PACKAGING,
    description: 'Thermoformeuse sous vide et sous atmosphère modifiée, avec étiqueteuse : couscous, dattes, amlou, fromages.',
    capacity: '6 cycles par minute',
    rules: 'Films et barquettes fournis par l’utilisateur ou achetés au hall.',
  },
  {
    name: 'Chromatographe HPLC',
    category: EquipmentCategory.ANALYSIS,
    description: 'HPLC à détecteur UV-visible et fluorimétrique : tocophérols, polyphénols, safranal et crocines, vitamines.',
    capacity: '60 échantillons par jour',
    rules: 'Analyses conduites par le technicien du laboratoire du hall ; échantillons déposés la veille.',
    status: EquipmentStatus.UNDER_MAINTENANCE,
  },
  {
    name: 'Réacteur d’émulsion cosmétique',
    category: EquipmentCategory.FORMULATION,
    description: 'Mélangeur-émulsionneur sous vide à double enveloppe : crèmes, laits et baumes à l’huile d’argan ou de figue de Barbarie.',
    capacity: '50 L par lot',
    rules: 'Bonnes pratiques de fabrication cosmétique (ISO 22716) : blouse, charlotte et fiche de lot.',
  },
];

/**
 * Loads the catalogue with a maintenance period, an approved booking and a pending request of the
 * demo industrial (argan cooperative), and an approved booking of the demo researcher's lab.
 */
export async function insertDemoHall(db: EntityManager, ids: { users: Map<string, string>; organisations: Map<string, string> }): Promise<void> {
  const staffId = ids.users.get('staff')!;
  const equipment = new Map<string, string>();
  for (const item of demoEquipment) {
    const saved = await db.getRepository(HallEquipment).save({ ...item, status: item.status ?? EquipmentStatus.AVAILABLE, photoUrl: null, createdBy: staffId });
    equipment.set(item.name, saved.id);
  }
  const hplc = equipment.get('Chromatographe HPLC')!;
  await db.getRepository(HallMaintenance).save({ equipmentId: hplc, startsOn: day(-3), endsOn: day(11), note: 'Remplacement de la pompe et étalonnage', createdBy: staffId });

  const industrial = ids.users.get('industrial');
  const researcher = ids.users.get('researcher');
  const bookings: Partial<HallBooking>[] = [];
  if (industrial) {
    const organisationId = ids.organisations.get('coop-argan-tiznit') ?? null;
    bookings.push(
      {
        equipmentId: equipment.get('Presse à froid pour huile d’argan')!,
        organisationId,
        requestedBy: industrial,
        startsOn: day(6),
        endsOn: day(8),
        purpose: 'Pressage d’essai de 300 kg d’amandons torréfiés pour un nouveau lot d’huile alimentaire.',
        status: HallBookingStatus.APPROVED,
        decidedBy: staffId,
        decidedAt: new Date(),
      },
      {
        equipmentId: equipment.get('Ligne de conditionnement sous vide')!,
        organisationId,
        requestedBy: industrial,
        startsOn: day(20),
        endsOn: day(20),
        purpose: 'Essai de conditionnement d’amlou en barquettes de 250 g sous atmosphère modifiée.',
        status: HallBookingStatus.PENDING,
      },
    );
  }
  if (researcher) {
    bookings.push({
      equipmentId: equipment.get('Lyophilisateur pilote')!,
      organisationId: ids.organisations.get('lab-argan-agadir') ?? null,
      requestedBy: researcher,
      startsOn: day(3),
      endsOn: day(5),
      purpose: 'Lyophilisation de pulpe de figue de Barbarie pour l’étude de la stabilité des bétalaïnes.',
      status: HallBookingStatus.APPROVED,
      decidedBy: staffId,
      decidedAt: new Date(),
    });
  }
  bookings.push({
    equipmentId: equipment.get('Unité de distillation à la vapeur')!,
    organisationId: ids.organisations.get('startup-warda-dades') ?? null,
    requestedBy: staffId,
    startsOn: day(13),
    endsOn: day(15),
    purpose: 'Distillation de rose du Dadès : rendement en huile essentielle selon l’heure de cueillette.',
    status: HallBookingStatus.APPROVED,
    decidedBy: staffId,
    decidedAt: new Date(),
  });
  await db.getRepository(HallBooking).save(bookings);
}

/** The catalogue id of a demo equipment, for the demo pipeline's collaborations. */
export async function demoEquipmentId(db: EntityManager, name: string): Promise<string> {
  const found = await db.getRepository(HallEquipment).findOneByOrFail({ name });
  return found.id;
}
