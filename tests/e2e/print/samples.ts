// Sample articles for the print tests, the reference pages and the benchmark: an English editorial,
// a news story with images, a Russian text and a Dari (right-to-left) text, plus long generated copy.
import { createHash } from 'node:crypto'
import { PNG } from 'pngjs'
import { body, factBox, image, paragraph, pullQuote, subhead, type BlockJSON } from '../../../src/shared/article/body'
import { createArticle, type Article } from '../../../src/shared/article/file'
import type { Layout } from '../../../src/shared/article/layout'
import type { ArticleMeta } from '../../../src/shared/article/meta'

const NOW = new Date('2020-07-08T09:00:00Z')
const ID = '6f1c2a52-8a7e-4f43-9b8e-2f0c6d1e9a10'

/** A deterministic "photograph": dusk sky, hills, a river and a bridge, so image tests have tones to print. */
export function samplePhoto(width = 960, height = 600): { key: string; data: string } {
  const png = new PNG({ width, height })
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4
      const t = y / height
      let r = 235 - 120 * t
      let g = 170 - 60 * t
      let b = 120 + 80 * t
      const hill = height * (0.55 + 0.08 * Math.sin(x / 90) + 0.04 * Math.sin(x / 23))
      if (y > hill) [r, g, b] = [52 + 20 * Math.sin(x / 40), 70, 58]
      if (y > height * 0.78) [r, g, b] = [70, 96 + 30 * Math.sin((x + y) / 15), 130]
      const dx = x - width * 0.72
      const dy = y - height * 0.32
      if (dx * dx + dy * dy < 2400) [r, g, b] = [250, 220, 160]
      const deck = height * 0.7
      if (y > deck && y < deck + 10) [r, g, b] = [40, 40, 44]
      if (y > deck - 80 && y < deck && x % 120 < 8) [r, g, b] = [40, 40, 44]
      png.data[i] = Math.max(0, Math.min(255, r))
      png.data[i + 1] = Math.max(0, Math.min(255, g))
      png.data[i + 2] = Math.max(0, Math.min(255, b))
      png.data[i + 3] = 255
    }
  }
  const bytes = PNG.sync.write(png)
  return { key: createHash('sha256').update(bytes).digest('hex'), data: bytes.toString('base64') }
}

function article(meta: Partial<ArticleMeta>, layout: Partial<Layout>, blocks: readonly BlockJSON[], assets: Article['assets'] = {}): Article {
  return createArticle({ id: ID, now: NOW, meta: { date: '2020-07-08', ...meta }, layout, body: body(blocks), assets })
}

export const EDITORIAL_SUBHEADS = ['A promise kept is a policy', 'Housing cannot wait for ribbons', 'What the council owes the city'] as const

export function englishEditorial(layout: Partial<Layout> = {}): Article {
  return article(
    {
      template: 'editorial',
      publication: 'The Riverside Courier',
      editorInChief: 'Maryam Haidari',
      section: 'Opinion',
      kicker: 'Editorial',
      headline: 'A City That Keeps Its Promises',
      deck: 'The new bridge opened on the day it was promised. Now the council must show the same discipline with housing.',
      tags: ['city', 'housing', 'infrastructure'],
    },
    { masthead: 'editorial', columns: 3, ...layout },
    [
      paragraph('When the river bridge opened last week, on the very day promised four years ago, the city did something rare: it kept its word. There were no ribbons cut months late, no quiet revisions of the budget, no press release explaining why the schedule had always been ambitious. Commuters simply drove across it on Monday morning, and most of them probably did not notice that anything remarkable had happened.'),
      paragraph('That is exactly the point. Reliable government is unremarkable by design. It shows itself in the things that do not go wrong: the contract that is signed on time, the inspection that is carried out before the concrete is poured, the engineer who is listened to when she says the foundations need another month. The bridge was finished because hundreds of such small decisions were made properly, and because nobody at the top pretended that they could be skipped.'),
      subhead(EDITORIAL_SUBHEADS[0]),
      paragraph('The council deserves credit, and it should take it. But it should also take the lesson. For a decade the city has treated deadlines as aspirations and budgets as opening bids. The new library opened two years late. The northern tram extension is still a line on a map. Residents have learned to hear every announcement as the beginning of a negotiation rather than a commitment, and that cynicism has a cost that is harder to measure than any overrun.'),
      paragraph('The bridge shows that this need not be so. Its project office published a schedule with dates that could be checked, reported every quarter on what had been spent and what remained, and explained each delay as soon as it became likely rather than after it had become certain. None of this is sophisticated. All of it is unusual, and the difference it made should be studied by every department in the building.'),
      paragraph('Transparency did not make the work easier. It made it harder to hide difficulties, and so the difficulties were dealt with earlier. When the supplier of the steel girders fell behind, the project office said so in its next report, found a second supplier and published the extra cost. The council argued about it in public for one evening and then moved on. A problem that might have festered for a year was settled in a month.'),
      subhead(EDITORIAL_SUBHEADS[1]),
      paragraph('The test now is housing. The council has promised twelve hundred affordable homes by the end of next year, on three sites it already owns. Those homes matter far more to the people of this city than a bridge does. Rents have risen faster than wages for six years in a row. Teachers, nurses and bus drivers are moving to the edge of the region and commuting back in, and some of them are not coming back at all.'),
      paragraph('So far the housing programme looks more like the library than like the bridge. The first site has been cleared, but the planning application for the second has been withdrawn and resubmitted twice. Nobody outside the housing department seems to know whether the third site has a contractor. The dates in the council’s own documents have started to move, quietly, in the wrong direction.'),
      paragraph('It is not too late to change course. The council should publish a schedule for each of the three sites, with the same quarterly reports the bridge office produced, and it should name the official who answers for each of them. Where the schedule cannot be met, it should say so early and say why. None of this requires new money. It requires the habits that have just been proved to work.'),
      subhead(EDITORIAL_SUBHEADS[2]),
      paragraph('There is a broader argument here about what citizens may reasonably expect from the people they elect. They do not expect miracles. They know that large projects are difficult, that costs rise and that the unexpected happens. What they are entitled to is honesty about those difficulties and a government that treats its own promises as binding. The bridge has shown that this city can provide both.'),
      paragraph('The ribbon has been cut and the traffic is flowing. The council should enjoy the moment, briefly. Then it should turn to the three empty sites on the other side of the river and apply everything it has just learned. If the homes open on the day they were promised, nobody will notice anything remarkable, and that will be the finest compliment the city can pay.'),
    ],
  )
}

export const NEWS_SUBHEADS = ['Traffic counts beat forecasts', 'Questions over the toll'] as const

export function newsStory(layout: Partial<Layout> = {}): Article {
  const photo = samplePhoto()
  const small = samplePhoto(640, 420)
  return article(
    {
      template: 'news',
      publication: 'The Riverside Courier',
      section: 'City',
      kicker: 'Transport',
      headline: 'Bridge carries 40,000 cars in its first week',
      deck: 'Commuters from the northern districts save up to twenty minutes a day as the new crossing eases pressure on the old ferry road.',
      byline: 'By Daniel Okafor',
      dateline: 'RIVERSIDE, July 8 —',
      tags: ['transport', 'bridge'],
    },
    { masthead: 'none', columns: 3, dropCap: false, ...layout },
    [
      image(photo.key, { altText: 'The new bridge at dusk', caption: 'The new river bridge on its first evening, seen from the western embankment.', credit: 'Courier photo', width: 'full' }),
      paragraph('The new river bridge carried more than 40,000 vehicles in its first seven days, according to figures released by the city’s transport office on Wednesday, well above the 28,000 that planners had forecast for the opening weeks.'),
      paragraph('Drivers from the northern districts, who until last week queued for the ferry road or made a long detour through the industrial estate, reported journeys between ten and twenty minutes shorter at peak times. Bus operators said two routes had already been retimed to take advantage of the crossing.'),
      subhead(NEWS_SUBHEADS[0]),
      paragraph('The transport office said the traffic counts were collected by sensors at both ends of the bridge and checked against camera footage. Traffic on the old ferry road fell by almost a third over the same period, easing congestion in the market district, where shopkeepers have complained for years about delivery lorries blocking the narrow streets.'),
      pullQuote('We planned for a quiet start. Instead the whole north of the city turned up on the first morning.', 'Leila Sharif, transport office'),
      paragraph('“We planned for a quiet start,” said Leila Sharif, who leads the office’s modelling team. “Instead the whole north of the city turned up on the first morning.” She said the figures would settle as the novelty wore off, but that the early numbers suggested the crossing would reach its long-term forecast years ahead of schedule.'),
      image(small.key, { altText: 'Traffic on the bridge', caption: 'Morning traffic heading south on the bridge on Tuesday.', credit: 'Courier photo', width: 'column' }),
      paragraph('Cyclists have also taken to the bridge, whose separated lanes were added to the design after a public consultation in 2017. Volunteers from a local cycling club counted more than 3,000 bicycles on Saturday alone.'),
      subhead(NEWS_SUBHEADS[1]),
      paragraph('The success has revived an old argument over tolls. The bridge is free to use until the end of the year, after which the council is due to decide whether to charge drivers to help repay the loans that financed it. Opposition councillors said the first week’s figures showed that a modest toll would raise far more than expected, while business groups warned that a charge would push traffic back onto the ferry road.'),
      factBox('The bridge in numbers', [paragraph('Length: 640 metres'), paragraph('Cost: 212 million, on budget'), paragraph('Lanes: four for traffic, two for cycles'), paragraph('Opened: July 1, on schedule')]),
      paragraph('The council is expected to publish options for the toll in the autumn. Until then, Ms Sharif said, the transport office would keep counting. “Every week of data makes the decision better informed,” she said.'),
    ],
    { [photo.key]: { mime: 'image/png', data: photo.data }, [small.key]: { mime: 'image/png', data: small.data } },
  )
}

export const RUSSIAN_SUBHEADS = ['Очереди стали короче', 'Что дальше'] as const

export function russianStory(layout: Partial<Layout> = {}): Article {
  return article(
    {
      template: 'news',
      language: 'ru',
      publication: 'Городские вести',
      section: 'Город',
      kicker: 'Транспорт',
      headline: 'Новый мост за неделю пропустил сорок тысяч машин',
      deck: 'Жители северных районов экономят до двадцати минут в день, а нагрузка на старую паромную дорогу заметно снизилась.',
      byline: 'Анна Смирнова',
      tags: ['транспорт'],
    },
    { masthead: 'none', columns: 3, ...layout },
    [
      paragraph('За первые семь дней работы новый мост через реку пропустил более сорока тысяч автомобилей. Об этом в среду сообщило городское управление транспорта. Прогноз проектировщиков на первые недели составлял всего двадцать восемь тысяч машин.'),
      paragraph('Водители из северных районов, которым до прошлой недели приходилось стоять в очередях на паромной дороге или объезжать промышленную зону, говорят, что в часы пик дорога стала короче на десять–двадцать минут. Автобусные перевозчики уже изменили расписание двух маршрутов.'),
      subhead(RUSSIAN_SUBHEADS[0]),
      paragraph('По данным управления, машины считали датчики на обоих концах моста, а результаты сверяли с записями камер наблюдения. Движение на старой паромной дороге за тот же период сократилось почти на треть, и в рыночном квартале, где торговцы годами жаловались на грузовики, перекрывающие узкие улицы, стало заметно свободнее.'),
      paragraph('«Мы рассчитывали на спокойное начало, — рассказала руководитель группы моделирования Лейла Шариф. — А в первое же утро на мост выехал весь север города». По её словам, показатели снизятся, когда схлынет интерес к новинке, но уже сейчас ясно, что долгосрочный прогноз будет достигнут на несколько лет раньше срока.'),
      paragraph('Мост полюбили и велосипедисты: отдельные полосы для них добавили в проект после общественных слушаний в 2017 году. Волонтёры местного велоклуба только в субботу насчитали больше трёх тысяч велосипедов.'),
      subhead(RUSSIAN_SUBHEADS[1]),
      paragraph('Успех моста возродил давний спор о плате за проезд. До конца года мост бесплатный, после чего городской совет должен решить, брать ли с водителей деньги для погашения кредитов, на которые он построен. Оппозиционные депутаты считают, что даже скромная плата принесёт гораздо больше, чем ожидалось, а представители бизнеса предупреждают, что платный проезд вернёт машины на паромную дорогу.'),
      paragraph('Варианты решения совет опубликует осенью. До тех пор, по словам Шариф, управление продолжит считать машины. «Каждая неделя данных делает решение более обоснованным», — сказала она.'),
    ],
  )
}

export const DARI_HEADLINE = 'پل جدید در هفتهٔ نخست چهل هزار موتر را عبور داد'
export const DARI_SUBHEADS = ['صف‌ها کوتاه‌تر شدند', 'بحث بر سر محصول عبور'] as const

export function dariStory(layout: Partial<Layout> = {}): Article {
  return article(
    {
      template: 'news',
      language: 'fa-AF',
      direction: 'rtl',
      publication: 'روزنامهٔ شهر',
      editorInChief: 'مریم حیدری',
      section: 'شهر',
      kicker: 'ترانسپورت',
      headline: DARI_HEADLINE,
      deck: 'باشندگان ولسوالی‌های شمالی روزانه تا بیست دقیقه صرفه‌جویی می‌کنند و فشار بر سرک کهنهٔ کشتی‌رانی کاهش یافته است.',
      byline: 'نوشتهٔ احمد رحیمی',
      tags: ['ترانسپورت'],
    },
    { masthead: 'editorial', columns: 3, ...layout },
    [
      paragraph('پل جدید دریا در هفت روز نخست فعالیت خود بیش از چهل هزار موتر را عبور داده است. ادارهٔ ترانسپورت شهر روز چهارشنبه اعلام کرد که این رقم بسیار بیشتر از پیش‌بینی بیست و هشت هزار موتر برای هفته‌های نخست است.'),
      paragraph('رانندگانی که تا هفتهٔ گذشته در صف سرک کشتی‌رانی می‌ایستادند یا از راه طولانی ساحهٔ صنعتی می‌گذشتند، می‌گویند که در ساعت‌های شلوغ سفر شان ده تا بیست دقیقه کوتاه‌تر شده است. شرکت‌های بس نیز زمان‌بندی دو مسیر را تغییر داده‌اند.'),
      subhead(DARI_SUBHEADS[0]),
      paragraph('به گفتهٔ این اداره، شمار موترها با حسگرهایی در دو سوی پل ثبت و با تصاویر کمره‌ها مقایسه شده است. رفت‌وآمد در سرک کهنهٔ کشتی‌رانی در همین مدت نزدیک به یک سوم کاهش یافته و در بازار شهر، جایی که دکانداران سال‌ها از بند شدن کوچه‌های تنگ به‌دست لاری‌ها شکایت داشتند، وضعیت بهتر شده است.'),
      paragraph('لیلا شریف، مسئول تیم مدل‌سازی این اداره گفت: «ما انتظار یک آغاز آرام را داشتیم، اما در نخستین صبح همهٔ شمال شهر به پل آمد.» او افزود که این ارقام پس از فروکش کردن هیجان نخستین کاهش خواهد یافت، اما پیش‌بینی درازمدت سال‌ها زودتر از موعد برآورده خواهد شد.'),
      subhead(DARI_SUBHEADS[1]),
      paragraph('موفقیت پل بحث قدیمی دربارهٔ محصول عبور را دوباره زنده کرده است. عبور از پل تا پایان سال رایگان است و پس از آن شورای شهر باید تصمیم بگیرد که آیا برای بازپرداخت قرضه‌های ساخت آن از رانندگان پول گرفته شود یا نه. برخی اعضای شورا می‌گویند که حتی محصول اندک درآمد بیشتری از انتظار خواهد داشت، اما نمایندگان تاجران هشدار می‌دهند که این کار موترها را دوباره به سرک کشتی‌رانی برمی‌گرداند.'),
      paragraph('شورا گزینه‌های خود را در خزان منتشر خواهد کرد. به گفتهٔ خانم شریف، تا آن زمان شمارش موترها ادامه خواهد یافت. او گفت: «هر هفتهٔ اضافی داده‌ها تصمیم را آگاهانه‌تر می‌سازد.»'),
    ],
  )
}

const WORDS =
  'the city council bridge river housing budget schedule report transport office district market commuter engineer contract planning decision public evening morning traffic figures government promise discipline residents deadline project council department question answer minister election community journalist newspaper editor printing column headline morning between through because although whether however together without against several thousand hundred another important different particular national international government environmental development'.split(
    ' ',
  )

/** A long article of about `words` words: paragraphs of 60–110 words, a subhead every eight paragraphs. */
export function longArticle(words: number, layout: Partial<Layout> = {}): Article {
  let seed = 7
  const rand = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed / 2147483648
  }
  const blocks: BlockJSON[] = []
  let written = 0
  let paragraphs = 0
  while (written < words) {
    if (paragraphs > 0 && paragraphs % 8 === 0) blocks.push(subhead(`Part ${paragraphs / 8 + 1} of the story`))
    const n = Math.min(words - written, 60 + Math.floor(rand() * 50))
    const sentence: string[] = []
    for (let i = 0; i < n; i++) {
      let w = WORDS[Math.floor(rand() * WORDS.length)]!
      if (i === 0 || sentence[sentence.length - 1]?.endsWith('.')) w = w.charAt(0).toUpperCase() + w.slice(1)
      sentence.push(i === n - 1 || rand() < 0.07 ? `${w}.` : rand() < 0.06 ? `${w},` : w)
    }
    blocks.push(paragraph(sentence.join(' ')))
    written += n
    paragraphs++
  }
  return article(
    { template: 'feature', publication: 'The Riverside Courier', section: 'Features', headline: `A long read of ${words.toLocaleString('en-US')} words`, byline: 'By the Courier desk' },
    { columns: 3, masthead: 'none', ...layout },
    blocks,
  )
}
