// Sample articles for the docs' screenshots: an English news story and a Dari one.
import { body, factBox, image, list, paragraph, pullQuote, qaPair, sectionBreak, subhead, textNode, TEXT_FORMAT } from '../src/shared/article/body'
import { createArticle, serializeArticle } from '../src/shared/article/file'

export function englishStory(png: Buffer, key: string): string {
  return serializeArticle(
    createArticle({
      id: '6f1c1c0e-2b7a-4c55-9d0c-1a2b3c4d5e6f',
      now: new Date('2020-07-08T09:00:00Z'),
      meta: {
        kicker: 'Infrastructure',
        headline: 'The river bridge reopens a week early',
        deck: 'Engineers worked through the night to repair the pillars cracked by the spring flood; the east bank detour ends on Monday.',
        byline: 'By Aigerim Nurlanovna',
        dateline: 'ALMATY, July 8 —',
        section: 'City',
        status: 'in-edit',
      },
      body: body([
        paragraph([
          textNode('The bridge over the river reopened on Wednesday, '),
          textNode('a full week ahead of schedule', TEXT_FORMAT.italic),
          textNode(', ending a detour that had added an hour to many residents’ daily journey.'),
        ]),
        paragraph('“We promised the city it would be open before the school year, and we kept that promise,” the mayor told reporters at the east abutment.'),
        subhead('What was repaired'),
        paragraph('Inspectors from the ministry found cracks in three of the seven pillars after the spring flood. Each was wrapped in a steel jacket and filled with high-strength concrete.'),
        list('bullet', ['Three pillars reinforced with steel jackets', 'New drainage along the east approach', 'Lighting replaced on the whole span']),
        pullQuote('We promised the city it would be open before the school year.', 'Mayor Yerlan Abenov'),
        factBox('The bridge in numbers', [paragraph('Length: 240 metres. Built: 1975. Vehicles a day: about 18,000.')]),
        image(key, { caption: 'Traffic crosses the reopened bridge at dawn on Wednesday.', credit: 'Photo: D. Seitkali' }),
        subhead('The interview'),
        qaPair('When will the old detour close?', 'On Monday, once the last signs are taken down.', { question: 'Herald', answer: 'Abenov' }),
        sectionBreak(),
        paragraph('The city council will discuss a second crossing in the autumn.'),
      ]),
      assets: { [key]: { mime: 'image/png', data: png.toString('base64'), name: 'bridge.png' } },
    }),
  )
}

export function dariStory(): string {
  return serializeArticle(
    createArticle({
      id: '7a2d2d1f-3c8b-4d66-8e1d-2b3c4d5e6f70',
      now: new Date('2020-07-08T09:00:00Z'),
      meta: {
        language: 'fa-AF',
        kicker: 'زیربنا',
        headline: 'پل دریای کابل یک هفته زودتر بازگشایی شد',
        deck: 'انجنیران شب‌ها کار کردند تا ستون‌هایی را که در سیلاب بهاری ترک برداشته بود، ترمیم کنند.',
        byline: 'نویسنده: مریم حیدری',
        dateline: 'کابل، ۱۸ سرطان —',
        status: 'draft',
      },
      body: body([
        paragraph('پل دریای کابل روز چهارشنبه، یک هفته زودتر از موعد، دوباره به روی رفت‌وآمد باز شد و مسیر انحرافی که یک ساعت به سفر روزانه باشندگان افزوده بود، پایان یافت.'),
        paragraph('شاروال کابل گفت: «ما به مردم وعده داده بودیم که پل پیش از آغاز سال تعلیمی باز شود و به وعدهٔ خود وفا کردیم.»'),
        subhead('چه چیزهایی ترمیم شد'),
        paragraph('بازرسان وزارت پس از سیلاب بهاری در سه ستون از هفت ستون پل ترک‌هایی یافتند.'),
        list('bullet', ['سه ستون با پوشش فولادی تقویت شد', 'زهکشی تازه در ورودی شرقی', 'چراغ‌های سراسر پل عوض شد']),
        pullQuote('ما به مردم وعده داده بودیم و به وعدهٔ خود وفا کردیم.', 'شاروال کابل'),
        paragraph('According to Reuters, the ministry will publish the full inspection report next week.'),
        factBox('پل در چند رقم', [paragraph('درازا: ۲۴۰ متر. سال ساخت: ۱۳۵۴. روزانه حدود ۱۸٬۰۰۰ موتر.')]),
      ]),
    }),
  )
}

/** A small newsroom library for the library screenshot: several desks, sections, statuses and dates. */
export function libraryArticles(): { readonly path: string; readonly text: string }[] {
  const story = (
    path: string,
    id: string,
    date: string,
    meta: { headline: string; section: string; byline: string; status: 'draft' | 'in-edit' | 'ready' | 'printed'; template?: string; language?: 'en' | 'ru' },
    paragraphs: readonly string[],
  ) => ({
    path,
    text: serializeArticle(
      createArticle({
        id,
        now: new Date(`${date}T09:00:00Z`),
        meta: { ...meta, date, template: meta.template ?? 'news' },
        body: body(paragraphs.map((p) => paragraph(p))),
      }),
    ),
  })
  return [
    story('City/Ferries return to the harbour.galley', '1b6e0c52-7a4f-4e1c-9f2a-0c1d2e3f4a01', '2020-07-07', { headline: 'Ferries return to the harbour after the bridge closure', section: 'City', byline: 'By Dana Seitkali', status: 'ready' }, [
      'Three ferries carried commuters across the river while the bridge was closed for repairs.',
      'The harbour authority said the boats would stay in service on weekends through the summer.',
    ]),
    story('City/Council budget vote.galley', '1b6e0c52-7a4f-4e1c-9f2a-0c1d2e3f4a02', '2020-07-08', { headline: 'Council approves the repair budget by nine votes', section: 'City', byline: 'By Ana Smith', status: 'in-edit' }, [
      'The city council approved the budget for the bridge repairs on Tuesday evening.',
      'Opposition members asked why the second crossing was left out of the plan.',
    ]),
    story('Opinion/A City That Keeps Its Promises.galley', '1b6e0c52-7a4f-4e1c-9f2a-0c1d2e3f4a03', '2020-07-08', { headline: 'A City That Keeps Its Promises', section: 'Opinion', byline: 'Editorial', status: 'draft', template: 'editorial' }, [
      'When the bridge cracked in the spring flood, few believed it would reopen before the school year.',
      'It did. The lesson for the council is that deadlines kept build trust that speeches cannot.',
    ]),
    story('Business/Traders count the cost.galley', '1b6e0c52-7a4f-4e1c-9f2a-0c1d2e3f4a04', '2020-07-02', { headline: 'Market traders count the cost of the detour', section: 'Business', byline: 'By Marat Ospanov', status: 'printed' }, [
      'Stallholders on the east bank lost a third of their customers while the bridge was closed.',
    ]),
    story('Sport/Rowing club.galley', '1b6e0c52-7a4f-4e1c-9f2a-0c1d2e3f4a05', '2020-06-28', { headline: 'Rowing club returns to the river', section: 'Sport', byline: 'By Timur Akhmetov', status: 'printed' }, [
      'The rowing club held its first training session since the flood under the new bridge lights.',
    ]),
  ]
}
