import { normalise } from './normalise';
import { DARIJA_FUNCTION_WORDS } from './darija';

// Function words only: domain words (huile, oil, زيت) are never stop words.
const FRENCH = `a au aux avec ce ces cet cette dans de des du elle en et est etre il ils je la le les leur leurs lui ma mais me meme mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te tes toi ton tu un une vos votre vous y ete etait sont ont avons avez sera seront cela celle celui ceux dont aussi ainsi afin tres plus moins sans sous entre vers chez comme si car donc or ni deja tout tous toute toutes autre autres peut peuvent faire fait notamment etc travers lors selon via ici cherchons souhaitons besoin`;
const ENGLISH = `a an and are as at be been being but by can could do does for from had has have he her his how i if in into is it its may might more most must no not of on or our ours out over she should so such than that the their them then there these they this those through to too under up upon very was we were what when where which while who whom why will with within without would you your also about after before both each other some any using used use based we're looking need seek`;
const ARABIC = `في من الى إلى على عن مع هذا هذه ذلك تلك التي الذي الذين هو هي هم نحن انا أنا انت أنت كان كانت يكون تكون لا لم لن ما ماذا كيف اين أين متى او أو ثم حتى قد كل بعض غير بين عند لدى منذ خلال ضمن حول او إذا اذا لكن بل ان إن أن كما لها له لهم به بها فيه فيها منها منه عليه عليها الى نبحث نريد نحتاج`;

const STOP_WORDS = new Set(
  [FRENCH, ENGLISH, ARABIC].flatMap((list) => list.split(/\s+/)).map((word) => normalise(word)),
);

export function isStopWord(normalisedToken: string): boolean {
  return normalisedToken.length < 2 || STOP_WORDS.has(normalisedToken) || DARIJA_FUNCTION_WORDS.has(normalisedToken);
}
