import { describe, expect, it } from 'vitest'
import { INITIAL_VIEW, isFiltered, listQuery, searchQuery } from './libraryView'

const now = new Date(2020, 6, 8, 14, 30).getTime()

describe('the library view as host queries', () => {
  it('lists the whole library by last change when nothing is chosen', () => {
    expect(listQuery(INITIAL_VIEW, now)).toEqual({ sort: 'modified' })
    expect(searchQuery(INITIAL_VIEW, now)).toBeNull()
    expect(searchQuery({ ...INITIAL_VIEW, text: '   ' }, now)).toBeNull()
    expect(isFiltered(INITIAL_VIEW)).toBe(false)
  })

  it('narrows by desk (with its sub-desks), status, section and the articles’ dates', () => {
    const view = { ...INITIAL_VIEW, folder: 'Opinion', status: ['draft', 'ready'] as const, section: 'Politics', date: 'week' as const, sort: 'headline' as const }
    expect(listQuery(view, now)).toEqual({ folder: 'Opinion', deep: true, status: ['draft', 'ready'], section: 'Politics', dateFrom: '2020-07-02', dateTo: '2020-07-08', sort: 'headline' })
    expect(listQuery({ ...INITIAL_VIEW, folder: '' }, now)).toEqual({ folder: '', deep: false, sort: 'modified' })
    expect(listQuery({ ...INITIAL_VIEW, date: 'today' }, now)).toMatchObject({ dateFrom: '2020-07-08', dateTo: '2020-07-08' })
    expect(listQuery({ ...INITIAL_VIEW, date: 'custom', dateFrom: '2020-01-01', dateTo: '' }, now)).toEqual({ sort: 'modified', dateFrom: '2020-01-01' })
    expect(isFiltered(view)).toBe(true)
  })

  it('searches by relevance unless a sort is chosen, with the same filters', () => {
    expect(searchQuery({ ...INITIAL_VIEW, text: ' ferries ', status: ['ready'] }, now)).toEqual({ text: 'ferries', status: ['ready'], limit: 200 })
    expect(searchQuery({ ...INITIAL_VIEW, text: 'ferries', searchSort: 'date' }, now)).toEqual({ text: 'ferries', sort: 'date', limit: 200 })
  })
})
