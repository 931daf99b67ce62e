import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractJob } from './extract.ts';
import { workTypeFromProse } from './normalize/arrangement.ts';
import { employmentTypeInProse } from './normalize/employment-prose.ts';
import { parseSalary } from './normalize/salary.ts';

/** Wordings of French, Spanish, Portuguese, Italian and German postings (capture192, capture196, capture199). */
const now = () => new Date('2026-01-15T00:00:00Z');
const page = (body: string) =>
  extractJob(parseHTML(`<html><body>${body}</body></html>`).document, 'https://jobs.example/p/1', {
    now,
    adapters: [],
  }).fields;
const prose = (lines: string[]) =>
  `<h1>Analista</h1><div class="description">${lines.map((l) => `<p>${l}</p>`).join('')}</div>`;

describe('pay written the local way', () => {
  it('reads "up to" in Italian, Portuguese and Dutch as a ceiling', () => {
    expect(parseSalary('RAL fino a 42.000 €')).toMatchObject({ min: null, max: 42_000, period: 'YEAR' });
    expect(parseSalary('até R$ 5.000,00 por mês')).toMatchObject({ min: null, max: 5000, currency: 'BRL' });
    expect(parseSalary('Salaris: tot € 4.200 bruto per maand')).toMatchObject({ min: null, max: 4200 });
  });

  it("reads Portugal's monthly pay and Italy's internship allowance as the pay", () => {
    expect(parseSalary('Vencimento: 780 € brutos/mês + subsídio de alimentação')).toMatchObject({
      min: 780,
      max: 780,
      period: 'MONTH',
    });
    const stage = page(
      prose([
        'Cerchiamo una persona per uno stage di sei mesi nel nostro ufficio marketing, con tutor dedicato e progetti veri.',
        "È prevista un'indennità di partecipazione di 800 € lordi mensili, oltre al servizio mensa aziendale.",
      ]),
    );
    expect(stage.salary).toMatchObject({ min: 800, max: 800, currency: 'EUR', period: 'MONTH' });
  });

  it('does not join the pay and a home-office flat rate into a range', () => {
    const job = page(
      prose([
        'Du berätst unsere Kundinnen und Kunden am Telefon und per Chat zu Tarifen, Abschlägen und Umzügen.',
        'Gehalt: 2.450 € brutto im Monat, zuzüglich einer quartalsweisen Prämie für Servicequalität',
        'Homeoffice-Pauschale von 50 € monatlich sowie Headset, Laptop und zweiter Monitor',
      ]),
    );
    expect(job.salary).toMatchObject({ min: 2450, max: 2450, period: 'MONTH' });
  });
});

describe('the arrangement in running text', () => {
  it('reads a fully remote job in Portuguese, Spanish and French', () => {
    expect(workTypeFromProse('Teletrabalho a 100%: o computador é enviado para tua casa.')).toBe('remote');
    expect(workTypeFromProse('Ofrecemos 100% teletrabajo desde cualquier punto de España.')).toBe('remote');
  });

  it('reads a French post with no télétravail as on-site', () => {
    expect(
      workTypeFromProse("Le poste s'exerce au cabinet, sans télétravail pendant la durée du contrat."),
    ).toBe('onsite');
  });

  it('reads German home-office days and shares of the working time as hybrid', () => {
    expect(
      workTypeFromProse('Sie haben die Möglichkeit, an bis zu 2 Tagen pro Woche im Homeoffice zu arbeiten.'),
    ).toBe('hybrid');
    expect(workTypeFromProse('Mobiles Arbeiten bis zu 40 % der Arbeitszeit ist möglich.')).toBe('hybrid');
    expect(
      workTypeFromProse(
        'Mobiles Arbeiten ist nach Absprache mit Ihrer Führungskraft an bis zu zwei Tagen pro Woche möglich.',
      ),
    ).toBe('hybrid');
  });

  it('reads a Spanish "esquema híbrido" as hybrid', () => {
    expect(workTypeFromProse('Trabajamos en un esquema híbrido: tres días a la semana en oficina.')).toBe(
      'hybrid',
    );
  });
});

describe('the type and the employer', () => {
  it('reads the regime a Portuguese or Italian hiring is made under', () => {
    expect(employmentTypeInProse('Recrutamos Assistentes com Francês em regime de part-time.')).toBe(
      'part_time',
    );
    expect(employmentTypeInProse('Il contratto è in regime di tempo pieno.')).toBe('full_time');
  });

  it('reads the employer from a Portuguese "Empresa:" fact over the board\'s logo', () => {
    const job = page(`<header><img class="logo" src="/l.png" alt="Net-Empregos"></header>
      <h1>Assistente de Apoio ao Cliente</h1>
      <ul class="job-details"><li><strong>Empresa:</strong> Atlântida Contact Services</li><li><strong>Zona:</strong> Porto</li></ul>
      ${prose(['Atendimento de clientes franceses e belgas por chat, email e telefone, com formação inicial paga.'])}`);
    expect(job.company).toBe('Atlântida Contact Services');
  });

  it("reads a council's coat of arms as its name and the h1 over a <title> with a prefix", () => {
    const { document } =
      parseHTML(`<html><head><title>Stellenausschreibung: Bauingenieur*in (m/w/d) Fachdienst Straßen und Brücken | Stadt Rabenfeld</title></head><body>
      <header><a href="/" class="logo"><img src="/wappen.svg" alt="Wappen und Schriftzug Stadt Rabenfeld"></a></header>
      <h1>Bauingenieur*in (m/w/d) für den Fachdienst Straßen und Brücken</h1>
      <div class="text"><p>${'Sie planen und betreuen Sanierungen von Straßen und Brücken im Stadtgebiet. '.repeat(4)}</p></div></body></html>`);
    const job = extractJob(document, 'https://www.rabenfeld.example/stellen/44', {
      now,
      adapters: [],
    }).fields;
    expect(job.title).toBe('Bauingenieur*in (m/w/d) für den Fachdienst Straßen und Brücken');
    expect(job.company).toBe('Stadt Rabenfeld');
  });
});

describe("a Brazilian board's sections, each named for its heading", () => {
  it('are one description, not only the longest section', () => {
    const section = (name: string, text: string) =>
      `<section class="sc-job__section" data-testid="section-${name}-title"><h2>${name}</h2><div class="sc-job__text"><p>${text}</p></div></section>`;
    const job =
      page(`<main class="sc-job"><section class="sc-job__header" data-testid="job-header"><h1>Analista de Dados Pleno</h1></section>
      ${section('Descrição da vaga', 'Nosso time de Inteligência de Sinistros usa dados para identificar fraudes e acelerar indenizações.')}
      ${section('Responsabilidades e atribuições', 'Escrever consultas SQL complexas no data warehouse e automatizar rotinas em Python para o time.')}
      ${section('Informações adicionais', 'Contratação: CLT, 40 horas semanais. Salário: R$ 8.000,00 mensais. Modelo híbrido, com três dias no escritório da Av. Paulista e dois dias em home office, vale-refeição, plano de saúde e odontológico.')}</main>`);
    expect(job.descriptionText).toContain('Nosso time de Inteligência de Sinistros');
    expect(job.descriptionText).toContain('Contratação: CLT');
  });
});
