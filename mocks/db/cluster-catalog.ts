/** Taste clusters ("tc") by category: stable keys, human labels. */
import type { Category } from './event-types';

const list = (text: string) =>
  text.trim().split('\n').map((label) => ({
    label: label.trim(),
    tc: label.trim().toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/[^a-z0-9]+/g, '_').replace(/_$/, ''),
  }));

export const CLUSTER_CATALOG: Record<Category, { tc: string; label: string }[]> = {
  concert: list(`
    German pop loyalists
    Indie club regulars
    German metal diehards
    Festival weekenders
    Classical subscribers
    Jazz night owls
    Hip-hop early adopters
    Singer-songwriter fans
    Nostalgia 90s crowd
    Family concert planners
    Students on a budget
    Premium experience seekers`),
  sports: list(`
    Season ticket loyalists
    Casual match goers
    Family outings
    Away fans
    Corporate hospitality
    Young fan club members
    Regional sports enthusiasts
    Betting-savvy viewers
    Ice hockey purists`),
  fair: list(`
    Weekend browsers
    Trade visitors
    DIY enthusiasts
    Couples planning a wedding
    Travel planners
    Collectors and hobbyists
    Foodies
    Gaming community`),
  theatre: list(`
    Classical theatre subscribers
    Culture-curious students
    Date-night couples
    Drama club members
    Senior culture lovers
    School groups
    Avant-garde explorers
    Tourists with a free evening`),
  comedy: list(`
    Stand-up regulars
    Office party groups
    Late-night streamers
    Satire readers
    Young urban professionals
    Podcast listeners
    Birthday celebrators`),
  product_release: list(`
    Tech early adopters
    Sneakerheads
    Design enthusiasts
    Gamers
    Influencer followers
    Coffee connoisseurs
    Cycling commuters
    Gadget gift buyers`),
};

export const clusterLabel = (category: Category, tc: string) =>
  CLUSTER_CATALOG[category].find((c) => c.tc === tc)?.label ?? tc;
